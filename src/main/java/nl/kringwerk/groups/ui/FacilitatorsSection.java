package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.security.AccountSummary;

/** Who supports this group. A coordinator assigns and removes facilitators of her organisation. */
class FacilitatorsSection extends VerticalLayout {

    FacilitatorsSection(GroupService service, GroupPage page, Runnable onChange) {
        setPadding(false);
        addClassName("section");
        setId("facilitators");
        add(new H2(getTranslation("facilitators.title")));
        if (page.facilitators().isEmpty()) {
            add(new Paragraph(getTranslation("facilitators.none")));
        }
        Div rows = new Div();
        rows.addClassName("rows");
        for (AccountSummary facilitator : page.facilitators()) {
            Span name = new Span(facilitator.displayName());
            name.addClassName("row-title");
            Div text = new Div(name);
            text.addClassName("row-text");
            Div row = new Div(text);
            row.addClassName("member-row");
            if (page.mayAdminister()) {
                Button remove =
                        new Button(getTranslation("facilitators.remove"), new Icon(VaadinIcon.CLOSE_SMALL), click -> {
                            service.unassignFacilitator(page.id(), facilitator.id());
                            onChange.run();
                        });
                remove.setId("unassign-" + facilitator.id());
                row.add(remove);
            }
            rows.add(row);
        }
        add(rows);
        if (page.mayAdminister() && page.isActive()) {
            add(assignBar(service, page, onChange));
        }
    }

    private HorizontalLayout assignBar(GroupService service, GroupPage page, Runnable onChange) {
        Set<Long> assigned =
                page.facilitators().stream().map(AccountSummary::id).collect(Collectors.toSet());
        List<AccountSummary> candidates = service.facilitatorCandidates(page.id()).stream()
                .filter(a -> !assigned.contains(a.id()))
                .toList();
        ComboBox<AccountSummary> choice = new ComboBox<>(getTranslation("facilitators.choose"));
        choice.setItems(candidates);
        choice.setItemLabelGenerator(AccountSummary::displayName);
        choice.setId("facilitator-choice");
        FieldErrors errors = new FieldErrors(this).bind("facilitator", choice);
        Button assign = new Button(getTranslation("facilitators.assign"), new Icon(VaadinIcon.PLUS), click -> {
            AccountSummary chosen = choice.getValue();
            if (chosen == null) {
                choice.setErrorMessage(getTranslation("error.required"));
                choice.setInvalid(true);
                return;
            }
            if (errors.attempt(() -> service.assignFacilitator(page.id(), chosen.id()))) {
                onChange.run();
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign-facilitator");
        HorizontalLayout bar = new HorizontalLayout(choice, assign);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("wrap");
        return bar;
    }
}
