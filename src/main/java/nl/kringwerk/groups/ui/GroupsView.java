package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.groups.service.GroupCard;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.OrganisationOption;
import nl.kringwerk.security.Role;

/** The groups this user may see, as large cards a finger can hit. */
@Route("groepen")
@Menu(order = 1, icon = "vaadin:group", title = "nav.groups")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final GroupService groupService;
    private final Div active = new Div();
    private final Div ended = new Div();

    GroupsView(
            GroupService groupService,
            List<GroupsOverviewSection> sections,
            AuthenticationContext authentication,
            Clock clock) {
        this.groupService = groupService;
        addClassName("page");

        H1 title = new H1(getTranslation("groups.title"));
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        List<OrganisationOption> organisations = groupService.organisationsForNewGroup();
        if (!organisations.isEmpty()) {
            Button create = new Button(
                    getTranslation("groups.create"),
                    new Icon(VaadinIcon.PLUS),
                    click -> GroupFormDialog.startNew(
                                    groupService,
                                    organisations,
                                    LocalDate.now(clock),
                                    id -> getUI().ifPresent(
                                                    ui -> ui.navigate(GroupView.class, GroupView.parameters(id))))
                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            create.setId("create-group");
            header.add(create);
        }
        active.addClassName("card-grid");
        ended.addClassName("card-grid");
        add(header);
        if (organisations.isEmpty() && authentication.hasRole(Role.Names.ADMIN)) {
            add(firstStep());
        }
        sections.forEach(section -> section.create().ifPresent(this::add));
        add(active);
        show(groupService.visibleGroups());
    }

    /** A new installation: the operator's first step is an organisation to start groups in. */
    private Div firstStep() {
        RouterLink link = new RouterLink(getTranslation("groups.no-organisation.link"), OrganisationsView.class);
        link.addClassName("big-link");
        link.setId("to-organisations");
        Div notice = new Div(new Paragraph(getTranslation("groups.no-organisation")), link);
        notice.addClassName("notice");
        notice.setId("no-organisation");
        return notice;
    }

    private void show(List<GroupCard> cards) {
        List<GroupCard> activeCards = cards.stream().filter(GroupCard::isActive).toList();
        List<GroupCard> endedCards = cards.stream().filter(c -> !c.isActive()).toList();
        if (activeCards.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("groups.none"));
            none.setId("no-groups");
            active.add(none);
        }
        activeCards.forEach(c -> active.add(card(c)));
        if (!endedCards.isEmpty()) {
            add(new H2(getTranslation("groups.ended")), ended);
            endedCards.forEach(c -> ended.add(card(c)));
        }
    }

    private RouterLink card(GroupCard group) {
        RouterLink link = new RouterLink(GroupView.class, GroupView.parameters(group.id()));
        link.addClassName("group-card");
        link.setId("group-" + group.id());
        Span type = new Span(GroupLabels.type(this, group.type()));
        type.getElement().getThemeList().add("badge pill");
        Span name = new Span(group.name());
        name.addClassName("group-card-name");
        Span where = new Span(group.municipality() + " · " + group.schedule().place());
        Span when = new Span(GroupLabels.schedule(this, group.schedule(), getLocale()));
        Span members = new Span(
                new Icon(VaadinIcon.USERS), new Span(getTranslation("groups.members-count", group.activeMembers())));
        members.addClassName("group-card-members");
        link.add(type, name, when, where, members);
        if (!group.isActive()) {
            link.addClassName("ended");
            link.add(new Span(getTranslation("group.ended-on", Dates.format(group.endedOn(), getLocale()))));
        }
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " · " + getTranslation("app.name");
    }
}
