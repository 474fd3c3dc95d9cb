package nl.kringwerk.passbook.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the passbook page, as the device that prints the card reaches the app. */
final class PassbookLinks {

    private PassbookLinks() {}

    /** {@code https://host/boekje}: where the card's code is typed. */
    static String page() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/" + PassbookView.ROUTE;
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean usualPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + request.getServerName() + (usualPort || port <= 0 ? "" : ":" + port)
                + request.getContextPath() + "/" + PassbookView.ROUTE;
    }

    /** The link in her card's QR code: the code after "#", so it never reaches a server log. */
    static String withCode(String code) {
        return page() + "#" + code;
    }
}
