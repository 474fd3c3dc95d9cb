package nl.kringwerk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.kringwerk.base.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to load: in the user's language, with a reference, never a stack trace (not
 * in development mode either; it replaces Vaadin's own error page). The log gets the reference
 * with the stack trace. "Not found" and "not yours" keep their own page ({@link NothingHereView}).
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("nothing-here");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error(
                "Page failed to load [reference {}]: /{}",
                reference,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        Paragraph code = new Paragraph(getTranslation("error.failed.reference", reference));
        code.setId("error-reference");
        Anchor home = new Anchor("", getTranslation("error.nothing-here.home"));
        home.addClassName("big-link");
        removeAll();
        add(
                new H1(getTranslation("error.failed.title")),
                new Paragraph(getTranslation("error.failed.text")),
                code,
                home);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
