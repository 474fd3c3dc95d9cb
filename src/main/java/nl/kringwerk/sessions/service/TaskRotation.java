package nl.kringwerk.sessions.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.RolePlan;
import nl.kringwerk.sessions.domain.RotationPlanner;
import nl.kringwerk.sessions.domain.SessionRole;
import org.springframework.stereotype.Component;

/**
 * Who is next to welcome and to keep time in a listening session: the rotation continues from the
 * group's earlier sessions, and whoever is not here is replaced by the next one present. The caller
 * has opened the session's group.
 */
@Component
class TaskRotation {

    private final ListeningSessionRepository sessions;

    TaskRotation(ListeningSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** Empty with fewer than two people here. */
    Optional<RolePlan> next(ListeningSession session, GroupFacts group) {
        List<Long> present = present(session);
        if (present.size() < SessionRole.LISTENING.size()) {
            return Optional.empty();
        }
        List<Long> circle = group.members().stream()
                .filter(MemberRow::isActive)
                .map(MemberRow::id)
                .toList();
        List<RolePlan> history = sessions.findByGroupIdOrderByPlannedOnDesc(group.id()).stream()
                .filter(s -> s.getStatus() == ListeningStatus.DONE || s.getStatus() == ListeningStatus.RUNNING)
                .filter(s -> !s.getId().equals(session.getId()))
                .sorted(Comparator.comparing(ListeningSession::getPlannedOn))
                .map(ListeningSession::tasks)
                .filter(t -> !t.holders().isEmpty())
                .toList();
        RolePlan next = RotationPlanner.plan(circle, List.of(), 1, SessionRole.LISTENING, history)
                .get(0);
        return Optional.of(RotationPlanner.replaceAbsent(next, circle, present, List.of()));
    }

    /** The members marked present at this session. */
    static List<Long> present(ListeningSession session) {
        return session.attendance().entrySet().stream()
                .filter(e -> e.getValue() == Presence.PRESENT)
                .map(Map.Entry::getKey)
                .toList();
    }
}
