package nl.kringwerk.savings.service;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.sessions.domain.SessionRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paper pack of the group's next evening (issue 19): when the wifi fails, the group runs the
 * evening on paper and enters it afterwards. Behind the group's gate: its officers, facilitators and
 * coordinator; a funder or another organisation gets nothing.
 */
@Service
public class EveningPapers {

    private final GroupService groups;
    private final CycleService cycles;
    private final SavingsRecords records;
    private final TaskService tasks;

    EveningPapers(GroupService groups, CycleService cycles, SavingsRecords records, TaskService tasks) {
        this.groups = groups;
        this.cycles = cycles;
        this.records = records;
        this.tasks = tasks;
    }

    /**
     * The session that is open now, or else the next planned one, of the group's open cycle; empty
     * when there is none (no cycle, the cycle closed, every session held).
     */
    @Transactional(readOnly = true)
    public Optional<EveningPaper> nextEvening(long groupId) {
        groups.requireAccess(groupId);
        Optional<CycleOverview> cycle = cycles.currentCycle(groupId).filter(CycleOverview::open);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        Optional<SessionLine> session = cycle.get().sessions().stream()
                .filter(s -> s.status() == SessionStatus.OPEN)
                .findFirst()
                .or(() -> cycle.get().sessions().stream()
                        .filter(s -> s.status() == SessionStatus.PLANNED)
                        .findFirst());
        return session.map(s -> evening(records.meeting(s.id())));
    }

    /**
     * The pack of this very session (the page it is asked from names it), so the link's words and
     * the pack always name the same evening; empty when its cycle closed or the session was held.
     */
    @Transactional(readOnly = true)
    public Optional<EveningPaper> evening(long sessionId) {
        MeetingState meeting = records.meeting(sessionId); // the group's gate
        if (!meeting.cycleOpen() || meeting.status() == SessionStatus.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(evening(meeting));
    }

    private EveningPaper evening(MeetingState meeting) {
        long groupId = meeting.groupId();
        long sessionId = meeting.sessionId();
        Map<SessionRole, String> holders = new EnumMap<>(SessionRole.class);
        SessionRoles set = meeting.roles();
        if (set != null && set.chair() != null) {
            put(holders, SessionRole.CHAIR, meeting.nameOf(set.chair()));
            put(holders, SessionRole.BOOKKEEPER, meeting.nameOf(set.bookkeeper()));
            put(holders, SessionRole.COUNTER_1, meeting.nameOf(set.counter1()));
            put(holders, SessionRole.COUNTER_2, meeting.nameOf(set.counter2()));
        } else {
            tasks.roles(groupId, 1).plan().stream()
                    .filter(p -> p.sessionId() == sessionId)
                    .findFirst()
                    .ifPresent(p -> holders.putAll(p.holders()));
        }
        Map<Long, Money> saved = records.overview(groupId).rows().stream()
                .filter(r -> !r.total().isZero())
                .collect(Collectors.toMap(SavingsOverview.Row::memberId, SavingsOverview.Row::total));
        return new EveningPaper(meeting, holders, saved);
    }

    private static void put(Map<SessionRole, String> holders, SessionRole role, String name) {
        if (!name.isEmpty()) {
            holders.put(role, name);
        }
    }
}
