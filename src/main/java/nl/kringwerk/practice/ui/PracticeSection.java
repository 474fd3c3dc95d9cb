package nl.kringwerk.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import org.springframework.core.annotation.Order;

/** On a savings circle's page: start a practice meeting with play money. */
@SpringComponent
@Order(95)
class PracticeSection implements GroupPageSection {

    @Override
    public Optional<Component> create(GroupPage page) {
        if (page.details().type() != GroupType.SAVINGS_CIRCLE || !page.isActive()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassName("section");
        RouterLink start = new RouterLink(
                section.getTranslation("practice.open"),
                PracticeView.class,
                new RouteParameters("groupId", String.valueOf(page.id())));
        start.setId("open-practice");
        section.add(
                new H2(section.getTranslation("practice.section.title")),
                new Paragraph(section.getTranslation("practice.section.intro")),
                start);
        return Optional.of(section);
    }
}
