package nl.kringwerk.attention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.attention.domain.Signal;

/** A group's signals: each a short neutral sentence with, under it, what was counted and why it shows. */
final class SignalList {

    private SignalList() {}

    static Div of(Component owner, List<Signal> signals, String idPrefix) {
        Div rows = new Div();
        rows.addClassName("rows");
        for (Signal signal : signals) {
            Span title = new Span(
                    owner.getTranslation(signal.kind().key(), signal.facts().toArray()));
            title.addClassName("row-title");
            Span explanation = new Span(owner.getTranslation(
                    signal.kind().explanationKey(), signal.explanation().toArray()));
            explanation.addClassName("hint");
            Div text = new Div(title, explanation);
            text.addClassName("row-text");
            Div row = new Div(new Icon(VaadinIcon.INFO_CIRCLE_O), text);
            row.addClassName("member-row");
            row.setId(idPrefix + "-"
                    + signal.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            rows.add(row);
        }
        return rows;
    }
}
