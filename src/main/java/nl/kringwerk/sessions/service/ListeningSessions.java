package nl.kringwerk.sessions.service;

import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.ListeningStatus;
import org.springframework.stereotype.Component;

/**
 * The one door to a listening group and its sessions for the services of this package: a session is
 * found and then its group is opened through {@link GroupService}, so a session of a group that is
 * not hers looks exactly like a session that does not exist. Callers hold the transaction.
 */
@Component
class ListeningSessions {

    private final ListeningSessionRepository sessions;
    private final GroupService groups;

    ListeningSessions(ListeningSessionRepository sessions, GroupService groups) {
        this.sessions = sessions;
        this.groups = groups;
    }

    /** A session together with its group's name and members, for what names people. */
    record WithGroup(ListeningSession session, GroupFacts group) {}

    /** Refuses (as "not found") unless she may work with the group, and refuses any other kind of group. */
    void requireListeningGroup(long groupId) {
        requireListening(groups.requireAccessWithType(groupId).type());
    }

    /** The same gate, with the group's page (its meeting day, whether it still meets). */
    GroupPage listeningGroupPage(long groupId) {
        GroupPage page = groups.groupPage(groupId);
        requireListening(page.details().type());
        return page;
    }

    private static void requireListening(GroupType type) {
        if (type != GroupType.LISTENING_GROUP) {
            throw InvalidInputException.of("group", "error.not-a-listening-group");
        }
    }

    /** The session, once the gate let her into its group. */
    ListeningSession accessible(long sessionId) {
        ListeningSession session = find(sessionId);
        groups.requireAccess(session.getGroupId());
        return session;
    }

    /** The session and its group's members; the same gate as {@link #accessible}. */
    WithGroup withGroup(long sessionId) {
        ListeningSession session = find(sessionId);
        return new WithGroup(session, groups.groupFacts(session.getGroupId()));
    }

    /** The members of the group of a session she has already reached through this door. */
    GroupFacts groupOf(ListeningSession session) {
        return groups.groupFacts(session.getGroupId());
    }

    /** A session that is not over yet: its plan, its tasks and who is here may still change. */
    ListeningSession editable(long sessionId) {
        ListeningSession session = accessible(sessionId);
        if (session.getStatus() == ListeningStatus.DONE) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
        return session;
    }

    ListeningSession running(long sessionId) {
        ListeningSession session = accessible(sessionId);
        if (session.getStatus() != ListeningStatus.RUNNING) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
        return session;
    }

    /** A session that is over: which steps were run, and how it went. */
    ListeningSession done(long sessionId) {
        ListeningSession session = accessible(sessionId);
        if (session.getStatus() != ListeningStatus.DONE) {
            throw InvalidInputException.of("session", "error.session-not-done");
        }
        return session;
    }

    /** A step of the session's plan; another position is "not found". */
    static int checked(ListeningSession session, int position) {
        if (position < 0 || position >= session.steps().size()) {
            throw new NotFoundOrNotAllowedException();
        }
        return position;
    }

    private ListeningSession find(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(NotFoundOrNotAllowedException::new);
    }
}
