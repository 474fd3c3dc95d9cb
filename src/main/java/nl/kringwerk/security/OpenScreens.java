package nl.kringwerk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.communication.PushMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The screens that are open now, by the account they were opened with. {@link FreshAccountFilter}
 * checks an account at every request; a screen that only listens (the group's screen on a TV,
 * updated by push) makes no request of its own between heartbeats. So when an account changes,
 * its open screens are told at once: a screen of an account that may no longer be used goes to the
 * login page and its session ends (nothing more is pushed to it); a screen of an account with
 * another role reloads, which is a request, so the new role counts from there.
 */
@Component
public class OpenScreens implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OpenScreens.class);

    private final AccountStanding standing;
    private final Map<VaadinSession, SignedInUser> sessions = new ConcurrentHashMap<>();

    OpenScreens(AccountStanding standing) {
        this.standing = standing;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> signedInUser()
                        .ifPresent(user -> sessions.put(init.getUI().getSession(), user)));
        event.getSource().addSessionDestroyListener(destroyed -> sessions.remove(destroyed.getSession()));
    }

    /** After the current transaction commits: the open screens of this account look at it again. */
    public void recheckAccount(long userId) {
        recheck(user -> user.userId() == userId);
    }

    /** After the current transaction commits: the open screens of the organisation's accounts look again. */
    public void recheckOrganisation(long organisationId) {
        recheck(user -> user.organisationId() != null && user.organisationId() == organisationId);
    }

    /** After the current transaction commits: the open screens of the group's officers look again. */
    public void recheckOfficersOf(long groupId) {
        recheck(user ->
                user.role() == Role.OFFICER && user.officerGroupId() != null && user.officerGroupId() == groupId);
    }

    private void recheck(Predicate<SignedInUser> which) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    recheckNow(which);
                }
            });
        } else {
            recheckNow(which);
        }
    }

    private void recheckNow(Predicate<SignedInUser> which) {
        List<Map.Entry<VaadinSession, SignedInUser>> affected = sessions.entrySet().stream()
                .filter(e -> which.test(e.getValue()))
                .toList();
        for (Map.Entry<VaadinSession, SignedInUser> open : affected) {
            SignedInUser kept = open.getValue();
            Optional<SignedInUser> now = standing.current(kept.userId());
            if (now.isEmpty()) {
                sessions.remove(open.getKey());
                end(open.getKey());
            } else if (now.get().version() != kept.version()) {
                sessions.put(open.getKey(), now.get());
                reload(open.getKey());
            }
        }
    }

    /** Every screen of the session to the login page (by a reload), then the session ends. */
    private static void end(VaadinSession session) {
        session.access(() -> {
            reloadScreens(session);
            WrappedSession servletSession = session.getSession();
            if (servletSession != null) {
                try {
                    servletSession.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // Signed out or timed out meanwhile: nothing left to end.
                }
            }
            log.info("Ended an open session of an account that may no longer be used");
        });
    }

    private static void reload(VaadinSession session) {
        session.access(() -> reloadScreens(session));
    }

    /** Sent at once, not at the end of the lock: the session may end right after. */
    private static void reloadScreens(VaadinSession session) {
        for (UI ui : session.getUIs()) {
            ui.getPage().reload();
            PushConnection push = ui.getInternals().getPushConnection();
            if (ui.getPushConfiguration().getPushMode() != PushMode.DISABLED && push != null && push.isConnected()) {
                ui.push();
            }
        }
    }

    private static Optional<SignedInUser> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
