package nl.kringwerk.material.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.material.service.MaterialCard;
import nl.kringwerk.material.service.SessionThemes;

/** Choosing a theme for one coming session: the pieces that suit the group, searchable. */
final class ChooseThemeDialog extends Dialog {

    private final SessionThemes themes;
    private final long groupId;
    private final long sessionId;
    private final Runnable chosen;
    private final Div rows = new Div();
    private final TextField words = new TextField();

    ChooseThemeDialog(SessionThemes themes, long groupId, long sessionId, Runnable chosen) {
        this.themes = themes;
        this.groupId = groupId;
        this.sessionId = sessionId;
        this.chosen = chosen;
        setHeaderTitle(getTranslation("themes.choose.title"));
        setWidth("min(48rem, 98vw)");
        words.setLabel(getTranslation("material.search"));
        words.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        words.setWidthFull();
        words.setId("choose-search");
        words.addValueChangeListener(e -> refresh());
        rows.addClassName("rows");
        add(words, rows);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        getFooter().add(cancel);
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        FieldErrors errors = new FieldErrors(this);
        for (MaterialCard card : themes.choicesFor(groupId, words.getValue(), getLocale())) {
            Span title = new Span(card.title());
            title.addClassName("row-title");
            Span sub = new Span(getTranslation("material.minutes", card.minutes()) + " · " + card.goal());
            sub.addClassName("row-sub");
            Div text = new Div(title, sub);
            text.addClassName("row-text");
            Button take = new Button(getTranslation("themes.take"), click -> {
                if (errors.attempt(() -> themes.prepare(groupId, sessionId, card.id(), getLocale()))) {
                    close();
                    chosen.run();
                }
            });
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            take.setId("take-" + card.id());
            Div row = new Div(text, take);
            row.addClassName("member-row");
            rows.add(row);
        }
    }
}
