package nl.kringwerk.security.session;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * With {@code vaadin.closeIdleSessions=true} Vaadin closes a session whose screens sent nothing but
 * heartbeats for the session's idle time. That alone leaves the servlet session, and with it the
 * login, in place: a reload would sign the same person in again. So a Vaadin session that ends
 * takes its servlet session with it.
 */
@Component
class VaadinSessionEnd implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VaadinSessionEnd.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                try {
                    session.invalidate();
                    log.debug("Vaadin session closed; its servlet session ends with it");
                } catch (IllegalStateException alreadyInvalid) {
                    // Signed out or timed out by the servlet container: nothing left to end.
                }
            }
        });
    }
}
