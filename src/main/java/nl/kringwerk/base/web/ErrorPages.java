package nl.kringwerk.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.kringwerk.base.ErrorReference;
import nl.kringwerk.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for requests that never reach a Vaadin view (a refused form post, a URL the
 * firewall rejects, a failing download): Dutch and English on one plain page with a reference, in
 * place of Spring Boot's "Whitelabel" page. The log gets the reference, with the stack trace when
 * there is one. Requests that do not ask for HTML keep Spring Boot's short JSON answer, which holds
 * no stack trace ({@code server.error.include-stacktrace} stays {@code never}).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Translations translations;

    ErrorPages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String reference = ErrorReference.next();
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
            log.error("Error page {} [reference {}]: {}", status.value(), reference, path, error);
        } else {
            log.warn("Error page {} [reference {}]: {}", status.value(), reference, path);
        }
        ModelAndView page = new ModelAndView(new PlainErrorPage(translations, reference));
        page.setStatus(status);
        return page;
    }
}
