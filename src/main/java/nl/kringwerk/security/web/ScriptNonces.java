package nl.kringwerk.security.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.stereotype.Component;

/** Gives every script in Vaadin's page the nonce of the request's Content-Security-Policy. */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request) {
                String nonce = ContentSecurityPolicy.nonce(request.getHttpServletRequest());
                page.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
