package nl.kringwerk.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy, with a fresh nonce per page. Vaadin writes a few inline scripts into
 * its page (the start-up data, the form token hook); {@link ScriptNonces} gives each of them this
 * request's nonce, so no other inline script runs. What Vaadin 24 needs beyond 'self', found by
 * running every page of the browser tests under this policy:
 * <ul>
 *   <li>'unsafe-eval' for scripts: Flow runs {@code executeJs} through {@code new Function};
 *   <li>'unsafe-inline' for styles: the components set style attributes and inject style tags;
 *   <li>data: images and fonts: Lumo's icons and the theme refer to them inline.
 * </ul>
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policy(nonce(request)));
        }
    }

    static String policy(String nonce) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** This request's nonce, made on first use; the header and the page read the same one. */
    static String nonce(HttpServletRequest request) {
        Object existing = request.getAttribute(NONCE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }
}
