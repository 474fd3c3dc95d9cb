package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.passbook.service.MemberCodes;
import org.springframework.core.annotation.Order;

/**
 * Passbook cards and savings goals on the group page of a savings circle: per member whether she has
 * a card and when it was last opened, her goal; make or renew a card, set a goal; and the log of
 * openings ("geopend op ...") for the group's officers.
 */
@SpringComponent
@Order(22)
class PassbookSection implements GroupPageSection {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MemberCodes codes;
    private final Goals goals;

    PassbookSection(MemberCodes codes, Goals goals) {
        this.codes = codes;
        this.goals = goals;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (page.details().type() != GroupType.SAVINGS_CIRCLE || !page.isActive()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(page.id()));
    }

    private final class Panel extends VerticalLayout {

        private final long groupId;

        Panel(long groupId) {
            this.groupId = groupId;
            setPadding(false);
            addClassName("section");
            setId("group-passbooks");
            refresh();
        }

        private void refresh() {
            removeAll();
            add(new H2(getTranslation("passbook.section.title")));
            add(new Paragraph(getTranslation("passbook.section.intro")));
            Map<Long, Goals.MemberGoal> goalOf = goals.goals(groupId).stream()
                    .collect(Collectors.toMap(Goals.MemberGoal::memberId, Function.identity()));
            Div rows = new Div();
            rows.addClassName("passbook-members");
            for (MemberCodes.CodeRow member : codes.codes(groupId)) {
                rows.add(row(member, goalOf.get(member.memberId())));
            }
            add(rows, openings());
        }

        private Component row(MemberCodes.CodeRow member, Goals.MemberGoal goal) {
            Span name = new Span(member.name());
            name.addClassName("passbook-member-name");
            Span card = new Span(
                    member.cardSince() == null
                            ? getTranslation("passbook.section.no-card")
                            : getTranslation("passbook.section.card-since", format(member.cardSince()))
                                    + (member.lastOpened() == null
                                            ? ""
                                            : " · "
                                                    + getTranslation(
                                                            "passbook.section.opened-on",
                                                            format(member.lastOpened()))));
            card.addClassName("passbook-member-card");
            card.setId("card-status-" + member.memberId());
            Span goalText = new Span(
                    goal == null || goal.goal() == null
                            ? getTranslation("passbook.section.no-goal")
                            : goal.goal().details().name()
                                    + (goal.goal().progress() == null
                                            ? ""
                                            : " · "
                                                    + getTranslation(
                                                            "goal.to-go",
                                                            goal.goal()
                                                                    .progress()
                                                                    .toGo()
                                                                    .format(),
                                                            goal.goal()
                                                                    .progress()
                                                                    .goal()
                                                                    .format())));
            goalText.setId("goal-status-" + member.memberId());
            Button makeCard = new Button(
                    getTranslation(member.cardSince() == null ? "passbook.section.make" : "passbook.section.renew"),
                    new Icon(VaadinIcon.QRCODE),
                    click -> new CardDialog(codes, groupId, member, this::refresh).open());
            makeCard.setId("card-" + member.memberId());
            makeCard.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button setGoal = new Button(
                    getTranslation("passbook.section.goal"),
                    new Icon(VaadinIcon.PIGGY_BANK),
                    click -> new GoalDialog(
                                    goals,
                                    groupId,
                                    member.memberId(),
                                    member.name(),
                                    goal == null ? null : goal.goal(),
                                    this::refresh)
                            .open());
            setGoal.setId("goal-" + member.memberId());
            setGoal.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div actions = new Div(makeCard, setGoal);
            if (member.cardSince() != null) {
                Button revoke = new Button(getTranslation("passbook.section.revoke"), click -> {
                    codes.revoke(groupId, member.memberId());
                    refresh();
                });
                revoke.setId("revoke-" + member.memberId());
                revoke.addThemeVariants(
                        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                actions.add(revoke);
            }
            actions.addClassName("passbook-member-actions");
            Div row = new Div(name, card, goalText, actions);
            row.addClassName("passbook-member");
            row.setId("passbook-member-" + member.memberId());
            return row;
        }

        private Component openings() {
            List<MemberCodes.OpeningRow> openings = codes.openings(groupId);
            Div list = new Div();
            list.setId("passbook-openings");
            for (MemberCodes.OpeningRow opening : openings) {
                list.add(new Div(new Span(opening.name() + " · "
                        + getTranslation("passbook.section.opened-on", format(opening.openedAt())))));
            }
            if (openings.isEmpty()) {
                list.add(new Span(getTranslation("passbook.section.never-opened")));
            }
            return new Details(getTranslation("passbook.section.openings", openings.size()), list);
        }

        private String format(Instant instant) {
            return instant.atZone(AMSTERDAM).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", getLocale()));
        }
    }
}
