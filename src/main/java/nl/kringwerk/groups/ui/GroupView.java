package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.DateConfirmDialog;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Fact;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.MeetingSchedule;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/** One group: its details, its members and its facilitators. */
@Route("groepen/:groupId([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String GROUP_ID = "groupId";

    private final GroupService groupService;
    private final List<GroupPageSection> sections;
    private final Clock clock;
    private long groupId;
    private @Nullable GroupPage page;

    GroupView(GroupService groupService, List<GroupPageSection> sections, Clock clock) {
        this.groupService = groupService;
        this.sections = sections;
        this.clock = clock;
        addClassName("page");
    }

    public static RouteParameters parameters(long groupId) {
        return new RouteParameters(GROUP_ID, String.valueOf(groupId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = event.getRouteParameters().getLong(GROUP_ID).orElseThrow(NotFoundOrNotAllowedException::new);
        refresh();
    }

    private void refresh() {
        page = groupService.groupPage(groupId);
        removeAll();
        RouterLink back = new RouterLink(getTranslation("group.back"), GroupsView.class);
        back.addClassName("back-link");
        add(back, header(), facts());
        sections.forEach(section -> section.create(page).ifPresent(this::add));
        add(
                new MembersSection(groupService, page, clock, this::refresh),
                new FacilitatorsSection(groupService, page, this::refresh));
    }

    private HorizontalLayout header() {
        H1 title = new H1(page.details().name());
        title.setId("group-title");
        Span type = new Span(GroupLabels.type(this, page.details().type()));
        type.getElement().getThemeList().add("badge pill");
        Span status = new Span(
                page.isActive()
                        ? getTranslation("group.active")
                        : getTranslation("group.ended-on", Dates.format(page.endedOn(), getLocale())));
        status.getElement().getThemeList().add(page.isActive() ? "badge success pill" : "badge contrast pill");
        status.setId("group-status");
        HorizontalLayout titleRow = new HorizontalLayout(title, type, status);
        titleRow.setAlignItems(FlexComponent.Alignment.CENTER);
        titleRow.addClassName("wrap");

        HorizontalLayout header = new HorizontalLayout(titleRow);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("wrap");
        if (page.mayAdminister() && page.isActive()) {
            Button change = new Button(
                    getTranslation("group.change"),
                    new Icon(VaadinIcon.EDIT),
                    click -> GroupFormDialog.change(groupService, groupId, page.details(), id -> refresh())
                            .open());
            change.setId("change-group");
            Button end = new Button(
                    getTranslation("group.end"),
                    new Icon(VaadinIcon.FLAG_CHECKERED),
                    click -> endDialog().open());
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            end.setId("end-group");
            HorizontalLayout actions = new HorizontalLayout(change, end);
            actions.addClassName("wrap");
            header.add(actions);
        }
        return header;
    }

    private DateConfirmDialog endDialog() {
        return new DateConfirmDialog(
                getTranslation("group.end.title", page.details().name()),
                getTranslation("group.end.text"),
                getTranslation("group.end.date"),
                "endedOn",
                LocalDate.now(clock),
                getTranslation("group.end.confirm"),
                date -> {
                    groupService.endGroup(groupId, date);
                    refresh();
                });
    }

    private Div facts() {
        GroupDetails d = page.details();
        Div facts = new Div(
                fact("group.field.municipality", d.municipality()),
                fact("group.field.organisation", page.organisationName()),
                fact("group.field.started-on", Dates.format(d.startedOn(), getLocale())),
                fact(
                        "group.field.schedule",
                        GroupLabels.schedule(
                                this,
                                new MeetingSchedule(d.meetingDay(), d.meetingTime(), d.frequency(), d.place()),
                                getLocale())),
                fact("group.field.place", d.place()));
        facts.addClassName("facts");
        facts.setId("group-facts");
        return facts;
    }

    private Fact fact(String labelKey, String value) {
        return new Fact(getTranslation(labelKey), value);
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.details().name() + " · ") + getTranslation("app.name");
    }
}
