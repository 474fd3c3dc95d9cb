package nl.kringwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One page for "does not exist" and "not yours", so that nobody can learn from the answer
 * whether a group id exists. Subclasses only bind it to an exception type.
 */
public abstract class NothingHereView<E extends Exception> extends VerticalLayout implements HasErrorParameter<E> {

    protected NothingHereView() {
        addClassName("nothing-here");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("error.nothing-here.title"));
        Paragraph text = new Paragraph(getTranslation("error.nothing-here.text"));
        Anchor home = new Anchor("", getTranslation("error.nothing-here.home"));
        home.addClassName("big-link");
        add(title, text, home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
