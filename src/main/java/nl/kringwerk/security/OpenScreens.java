package nl.kringwerk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The screens that are open now, by the account they were opened with. {@link FreshAccountFilter}
 * checks an account at every request; a screen that only listens (the group's screen on a TV,
 * updated by push) makes no request of its own between heartbeats. So when an account changes,
 * its open screens are told at once: a screen of an account that may no longer be used is emptied
 * (nothing more is pushed to it) and goes to the login page; a screen of an account with another
 * role reloads, which is a request, so the new role counts from there.
 */
@Component
public class OpenScreens implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OpenScreens.class);

    private final AccountStanding standing;
    private final SecurityContextHolderStrategy holder;
    private final Map<VaadinSession, SignedInUser> sessions = new ConcurrentHashMap<>();

    OpenScreens(AccountStanding standing, SecurityContextHolderStrategy holder) {
        this.standing = standing;
        this.holder = holder;
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

    /**
     * Every screen of the session is emptied at once (its views detach, so nothing more is pushed to
     * it) and reloads; the reload is a request, which {@link FreshAccountFilter} refuses: the login
     * page. The reload goes out with the push at the end of the lock, or as soon as the screen's push
     * channel connects; the servlet session is not ended here, as that would close the channel first.
     */
    private static void end(VaadinSession session) {
        session.access(() -> {
            for (UI ui : session.getUIs()) {
                ui.removeAll();
                ui.getPage().reload();
            }
            log.info("Closed the open screens of an account that may no longer be used");
        });
    }

    private static void reload(VaadinSession session) {
        session.access(() -> session.getUIs().forEach(ui -> ui.getPage().reload()));
    }

    private Optional<SignedInUser> signedInUser() {
        Authentication authentication = holder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
