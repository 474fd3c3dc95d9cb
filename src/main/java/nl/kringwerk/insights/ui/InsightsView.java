package nl.kringwerk.insights.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kringwerk.security.Role;

/**
 * The funder's home. It states the privacy promise; the aggregate figures themselves arrive with
 * the insights feature. It shows no group-level data, and never will.
 */
@Route("inzichten")
@Menu(order = 9, icon = "vaadin:chart", title = "nav.insights")
@RolesAllowed({Role.Names.FUNDER, Role.Names.ADMIN, Role.Names.COORDINATOR})
public class InsightsView extends VerticalLayout implements HasDynamicTitle {

    InsightsView() {
        addClassName("page");
        H1 title = new H1(getTranslation("insights.title"));
        title.setId("insights-title");
        add(title, new Paragraph(getTranslation("insights.intro")),
                new H2(getTranslation("insights.promise.title")),
                new UnorderedList(new ListItem(getTranslation("insights.promise.1")),
                        new ListItem(getTranslation("insights.promise.2")),
                        new ListItem(getTranslation("insights.promise.3"))),
                new Paragraph(getTranslation("insights.coming")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.title") + " · " + getTranslation("app.name");
    }
}
