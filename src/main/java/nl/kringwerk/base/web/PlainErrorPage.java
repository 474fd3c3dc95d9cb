package nl.kringwerk.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.kringwerk.base.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/** One static page, Dutch first and English below: no script, no framework, nothing to break. */
final class PlainErrorPage implements View {

    private final Translations translations;
    private final String reference;

    PlainErrorPage(Translations translations, String reference) {
        this.translations = translations;
        this.reference = reference;
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String home = HtmlUtils.htmlEscape(request.getContextPath() + "/");
        String html = "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text("error.failed.title", Translations.DUTCH) + " · Kringwerk</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em\">"
                + part(Translations.DUTCH, home) + "<hr>" + "<div lang=\"en\">" + part(Translations.ENGLISH, home)
                + "</div></body></html>";
        response.setContentType(getContentType());
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private String part(Locale locale, String home) {
        return "<h1>" + text("error.failed.title", locale) + "</h1>"
                + "<p>" + text("error.failed.text", locale) + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(translations.getTranslation("error.failed.reference", locale, reference))
                + "</p>"
                + "<p><a href=\"" + home + "\">" + text("error.nothing-here.home", locale) + "</a></p>";
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, locale));
    }
}
