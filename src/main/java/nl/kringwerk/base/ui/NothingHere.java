package nl.kringwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Not found": the same words for "does not exist" and "not yours", so that nobody can learn from
 * the answer whether a group id exists. The error pages show it, and so does an open screen whose
 * user has just lost access to what it showed.
 */
public class NothingHere extends VerticalLayout {

    public NothingHere() {
        addClassName("nothing-here");
        setAlignItems(Alignment.CENTER);
        Anchor home = new Anchor("", getTranslation("error.nothing-here.home"));
        home.addClassName("big-link");
        add(
                new H1(getTranslation("error.nothing-here.title")),
                new Paragraph(getTranslation("error.nothing-here.text")),
                home);
    }
}
