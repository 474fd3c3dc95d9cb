package nl.kringwerk.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/** The error page for "does not exist" and "not yours" alike. Subclasses only bind it to an exception type. */
public abstract class NothingHereView<E extends Exception> extends NothingHere implements HasErrorParameter<E> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
