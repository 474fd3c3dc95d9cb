package nl.kringwerk.rounds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.rounds.service.OutcomeWordingService;

/**
 * The five statements of one organisation, each with its pictogram and its meaning (the standard
 * words), a Dutch and an English line of at most 80 characters, and a way back to the standard.
 */
class OutcomeWordingDialog extends Dialog {

    private final OutcomeWordingService wording;
    private final long organisationId;
    private final VerticalLayout list = new VerticalLayout();

    OutcomeWordingDialog(OutcomeWordingService wording, long organisationId) {
        this.wording = wording;
        this.organisationId = organisationId;
        setHeaderTitle(getTranslation("wording.dialog"));
        list.setPadding(false);
        list.setId("wording-list");
        add(list);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("wording-close");
        getFooter().add(close);
        setWidth("min(48rem, 96vw)");
        refresh(-1);
    }

    private void refresh(int saved) {
        list.removeAll();
        for (OutcomeWordingService.Statement s : wording.statements(organisationId)) {
            int q = s.question();
            TextField dutch = field("wording.nl", "wording-nl-" + q, s.text().get(MemberLanguage.DUTCH));
            TextField english = field("wording.en", "wording-en-" + q, s.text().get(MemberLanguage.ENGLISH));
            FieldErrors errors = new FieldErrors(this).bind("nl", dutch).bind("en", english);
            Button save = new Button(getTranslation("wording.save"), click -> {
                if (errors.attempt(() -> wording.word(organisationId, q, dutch.getValue(), english.getValue()))) {
                    refresh(q);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("wording-save-" + q);
            Button reset = new Button(getTranslation("wording.reset"), click -> {
                wording.reset(organisationId, q);
                refresh(q);
            });
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reset.setId("wording-reset-" + q);
            boolean standard = s.standard().values().stream().allMatch(b -> b);
            Span state = new Span(getTranslation(standard ? "wording.standard" : "wording.own"));
            state.addClassName("hint");
            state.setId("wording-state-" + q);
            Span meaning = new Span(getTranslation(
                    "wording.meaning", q + 1, OutcomeWordingService.standardText(q, MemberLanguage.DUTCH)));
            meaning.addClassName("hint");
            Div buttons = new Div(save, reset, state);
            buttons.addClassName("choice-buttons");
            if (saved == q) {
                Span done = new Span(getTranslation("wording.saved"));
                done.setId("wording-saved");
                buttons.add(done);
            }
            VerticalLayout fields = new VerticalLayout(meaning, dutch, english, buttons);
            fields.setPadding(false);
            fields.setSpacing(false);
            fields.setWidthFull();
            Div statement = new Div(RoundPictures.statement(q), fields);
            statement.addClassName("wording-statement");
            statement.setId("wording-" + q);
            list.add(statement);
        }
    }

    private TextField field(String labelKey, String id, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setMaxLength(OutcomeWordingService.MAX_LENGTH * 2);
        field.setWidthFull();
        field.setId(id);
        return field;
    }
}
