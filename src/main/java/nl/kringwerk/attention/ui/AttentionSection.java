package nl.kringwerk.attention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.attention.domain.Signal;
import nl.kringwerk.attention.service.AttentionService;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import org.springframework.core.annotation.Order;

/** On the group page, for its facilitator and coordinator: the group's own signals, if any. */
@SpringComponent
@Order(1)
class AttentionSection implements GroupPageSection {

    private final AttentionService attention;

    AttentionSection(AttentionService attention) {
        this.attention = attention;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (!page.isActive()) {
            return Optional.empty();
        }
        List<Signal> signals = attention.signalsOf(page.id());
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("section");
        section.setId("group-attention");
        section.add(new H2(section.getTranslation("attention.group-title")));
        section.add(SignalList.of(section, signals, "signal"));
        return Optional.of(section);
    }
}
