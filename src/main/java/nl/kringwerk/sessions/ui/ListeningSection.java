package nl.kringwerk.sessions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.sessions.domain.Agreement;
import nl.kringwerk.sessions.service.AgreementLine;
import nl.kringwerk.sessions.service.AgreementService;
import nl.kringwerk.sessions.service.ListeningLine;
import nl.kringwerk.sessions.service.ListeningPlanService;
import org.springframework.core.annotation.Order;

/** On a listening group's page: its own agreements, and its sessions with the way into the next one. */
@SpringComponent
@Order(10)
class ListeningSection implements GroupPageSection {

    private final AgreementService agreements;
    private final ListeningPlanService plans;

    ListeningSection(AgreementService agreements, ListeningPlanService plans) {
        this.agreements = agreements;
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (page.details().type() != GroupType.LISTENING_GROUP) {
            return Optional.empty();
        }
        return Optional.of(new Panel(page));
    }

    private final class Panel extends VerticalLayout {

        private final GroupPage page;

        Panel(GroupPage page) {
            this.page = page;
            setPadding(false);
            addClassName("section");
            setId("listening");
            add(new H2(getTranslation("listening.title")));
            add(new Paragraph(getTranslation("listening.privacy")));
            agreements();
            sessions();
        }

        private void refresh() {
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }

        private void agreements() {
            add(new H3(getTranslation("listening.agreements")));
            List<AgreementLine> lines = agreements.agreements(page.id());
            Div rows = new Div();
            rows.addClassName("rows");
            for (AgreementLine line : lines) {
                Span text = new Span(line.text());
                text.addClassName("row-title");
                Button remove = new Button(
                        getTranslation("listening.agreements.remove"), new Icon(VaadinIcon.CLOSE_SMALL), click -> {
                            agreements.removeAgreement(page.id(), line.id());
                            refresh();
                        });
                remove.setId("remove-agreement-" + line.id());
                Div row = new Div(text, remove);
                row.addClassName("member-row");
                rows.add(row);
            }
            add(rows);
            if (lines.isEmpty()) {
                add(new Paragraph(getTranslation("listening.agreements.none")));
                Button usual = new Button(getTranslation("listening.agreements.usual"), click -> {
                    agreements.useUsualAgreements(page.id());
                    refresh();
                });
                usual.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                usual.setId("usual-agreements");
                add(usual);
            }
            TextField text = new TextField(getTranslation("listening.agreements.new"));
            text.setMaxLength(Agreement.MAX_TEXT + 20);
            text.setWidth("min(32rem, 100%)");
            text.setId("new-agreement");
            FieldErrors errors = new FieldErrors(this).bind("text", text);
            Button add = new Button(getTranslation("listening.agreements.add"), new Icon(VaadinIcon.PLUS), click -> {
                if (errors.attempt(() -> agreements.addAgreement(page.id(), text.getValue()))) {
                    refresh();
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add.setId("add-agreement");
            Div form = new Div(text, add);
            form.addClassName("inline-form");
            add(form);
        }

        private void sessions() {
            add(new H3(getTranslation("listening.sessions")));
            Div rows = new Div();
            rows.addClassName("rows");
            for (ListeningLine line : plans.sessions(page.id())) {
                String what = getTranslation(
                        "listening.session-line",
                        Dates.format(line.date(), getLocale()),
                        getTranslation("listening-status." + line.status().name()));
                RouterLink link = new RouterLink(what, ListeningView.class, ListeningView.parameters(line.id()));
                link.addClassName("row-title");
                Span sub = new Span(getTranslation("listening.present-count", line.present())
                        + (line.reflection() == null
                                ? ""
                                : " · "
                                        + getTranslation("reflection."
                                                + line.reflection().name())));
                sub.addClassName("row-sub");
                Div text = new Div(link, sub);
                text.addClassName("row-text");
                Div row = new Div(text);
                row.addClassName("member-row");
                row.setId("listening-session-" + line.id());
                rows.add(row);
            }
            add(rows);
            if (page.isActive()) {
                Button plan =
                        new Button(getTranslation("listening.plan-next"), new Icon(VaadinIcon.CALENDAR), click -> {
                            long id = plans.planNext(page.id());
                            getUI().ifPresent(ui -> ui.navigate(ListeningView.class, ListeningView.parameters(id)));
                        });
                plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                plan.setId("plan-next");
                add(plan);
            }
        }
    }
}
