package nl.kringwerk.attention.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kringwerk.attention.service.AttentionService;
import nl.kringwerk.attention.service.GroupAttention;
import nl.kringwerk.groups.ui.GroupView;
import nl.kringwerk.security.Role;

/**
 * The groups of her organisation (or her own groups, for a facilitator) that may need support,
 * each with the reasons in plain words. About groups, never a ranking of people.
 */
@Route("aandacht")
@Menu(order = 2, icon = "vaadin:bell-o", title = "nav.attention")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR})
public class AttentionView extends VerticalLayout implements HasDynamicTitle {

    AttentionView(AttentionService attention) {
        addClassName("page");
        add(new H1(getTranslation("attention.title")));
        Paragraph intro = new Paragraph(getTranslation("attention.intro"));
        intro.addClassName("hint");
        add(intro);
        List<GroupAttention> groups = attention.groupsNeedingAttention();
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("attention.none"));
            none.setId("attention-none");
            add(none);
        }
        for (GroupAttention group : groups) {
            VerticalLayout section = new VerticalLayout();
            section.setPadding(false);
            section.addClassName("section");
            section.setId("attention-" + group.groupId());
            RouterLink name = new RouterLink(group.groupName(), GroupView.class, GroupView.parameters(group.groupId()));
            section.add(new H2(name), SignalList.of(this, group.signals(), "signal-" + group.groupId()));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attention.title") + " · " + getTranslation("app.name");
    }
}
