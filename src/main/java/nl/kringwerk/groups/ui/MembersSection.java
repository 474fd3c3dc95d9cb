package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.kringwerk.base.ui.DateConfirmDialog;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;

/** The members of a group: add, change, and record that someone left (her history stays). */
class MembersSection extends VerticalLayout {

    private final GroupService service;
    private final GroupPage page;
    private final Clock clock;
    private final Runnable onChange;

    MembersSection(GroupService service, GroupPage page, Clock clock, Runnable onChange) {
        this.service = service;
        this.page = page;
        this.clock = clock;
        this.onChange = onChange;
        setPadding(false);
        addClassName("section");
        setId("members");

        List<MemberRow> active = page.activeMembers();
        H2 title = new H2(getTranslation("members.title", active.size()));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (page.isActive()) {
            Button add = new Button(
                    getTranslation("members.add"),
                    new Icon(VaadinIcon.PLUS),
                    click -> new MemberDialog(service, page.id(), null, LocalDate.now(clock), onChange).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add.setId("add-member");
            header.add(add);
        }
        add(header);
        if (active.isEmpty()) {
            add(new Paragraph(getTranslation("members.none")));
        }
        Div rows = new Div();
        rows.addClassName("rows");
        active.forEach(m -> rows.add(row(m)));
        add(rows);

        List<MemberRow> former = page.formerMembers();
        if (!former.isEmpty()) {
            Div formerRows = new Div();
            formerRows.addClassName("rows");
            former.forEach(m -> formerRows.add(row(m)));
            Details details = new Details(getTranslation("members.former", former.size()), formerRows);
            details.setId("former-members");
            add(details);
        }
    }

    private Div row(MemberRow member) {
        Span name = new Span(member.displayName());
        name.addClassName("row-title");
        String since = member.isActive()
                ? getTranslation("members.since", Dates.format(member.joinedOn(), getLocale()))
                : getTranslation(
                        "members.from-to",
                        Dates.format(member.joinedOn(), getLocale()),
                        Dates.format(member.leftOn(), getLocale()));
        Span dates = new Span(since);
        dates.addClassName("row-sub");
        String contact = String.join(
                " · ",
                Stream.of(member.phone(), member.email())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        Div text = new Div(name, dates, new Span(contact));
        text.addClassName("row-text");
        Div row = new Div(text);
        row.addClassName("member-row");
        row.setId("member-" + member.id());
        if (member.isActive() && page.isActive()) {
            Button edit = new Button(
                    getTranslation("action.change"),
                    new Icon(VaadinIcon.EDIT),
                    click -> new MemberDialog(service, page.id(), member, LocalDate.now(clock), onChange).open());
            edit.setId("edit-member-" + member.id());
            Button leave = new Button(
                    getTranslation("members.leave"),
                    new Icon(VaadinIcon.EXIT_O),
                    click -> leaveDialog(member).open());
            leave.setId("leave-member-" + member.id());
            HorizontalLayout actions = new HorizontalLayout(edit, leave);
            actions.addClassName("row-actions");
            row.add(actions);
        }
        return row;
    }

    private DateConfirmDialog leaveDialog(MemberRow member) {
        return new DateConfirmDialog(
                getTranslation("members.leave.title", member.displayName()),
                getTranslation("members.leave.text"),
                getTranslation("members.leave.date"),
                "leftOn",
                LocalDate.now(clock),
                getTranslation("members.leave.confirm"),
                date -> {
                    service.memberLeaves(page.id(), member.id(), date);
                    onChange.run();
                });
    }
}
