package nl.kringwerk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A label above a value, large enough to read at arm's length. */
public class Fact extends Div {

    public Fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        add(l, v);
        addClassName("fact");
    }
}
