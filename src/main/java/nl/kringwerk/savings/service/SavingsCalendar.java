package nl.kringwerk.savings.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.sessions.domain.CalendarChange;
import nl.kringwerk.sessions.service.CalendarEntry;
import nl.kringwerk.sessions.service.CalendarSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The calendar of a savings circle: the sessions of its current cycle. Called by the calendar
 * service only, after it opened the group.
 */
@Component
class SavingsCalendar implements CalendarSource {

    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final Clock clock;

    SavingsCalendar(CycleRepository cycles, SavingsSessionRepository sessions, Clock clock) {
        this.cycles = cycles;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public GroupType groupType() {
        return GroupType.SAVINGS_CIRCLE;
    }

    @Override
    public List<CalendarEntry> entries(long groupId) {
        return cycles.findByGroupIdOrderByNumberDesc(groupId).stream()
                .findFirst()
                .map(cycle -> sessions.findByCycleIdOrderByPlannedOn(cycle.getId()).stream()
                        .map(s -> new CalendarEntry(
                                s.getId(),
                                s.getPlannedOn(),
                                state(s.getStatus()),
                                s.rescheduling().movedFrom(),
                                s.rescheduling().reason(),
                                s.rescheduling().extra()))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public void move(long groupId, long sessionId, @Nullable LocalDate to, String reason) {
        SavingsSession session = planned(groupId, sessionId);
        InvalidInputException.throwIfAny(
                CalendarChange.problemsOfMove(session.getPlannedOn(), to, LocalDate.now(clock), reason));
        requireFree(session.getCycleId(), to);
        session.moveTo(to, Texts.clean(reason));
    }

    @Override
    public void cancel(long groupId, long sessionId, String reason) {
        SavingsSession session = planned(groupId, sessionId);
        InvalidInputException.throwIfAny(CalendarChange.problemsOfCancel(reason));
        session.cancel(Texts.clean(reason));
    }

    @Override
    public long addExtra(long groupId, @Nullable LocalDate day) {
        Cycle cycle = cycles.findByGroupIdAndClosedOnIsNull(groupId)
                .orElseThrow(() -> InvalidInputException.of("date", "error.no-open-cycle"));
        InvalidInputException.throwIfAny(CalendarChange.problemsOfDate(day, LocalDate.now(clock)));
        requireFree(cycle.getId(), day);
        SavingsSession session = new SavingsSession(cycle.getId(), groupId, day);
        session.markExtra();
        return sessions.save(session).getId();
    }

    private void requireFree(long cycleId, LocalDate day) {
        if (sessions.findByCycleIdOrderByPlannedOn(cycleId).stream()
                .anyMatch(s -> s.getPlannedOn().equals(day) && s.getStatus() != SessionStatus.CANCELLED)) {
            throw InvalidInputException.of("date", "error.date-taken");
        }
    }

    private SavingsSession planned(long groupId, long sessionId) {
        SavingsSession session = sessions.findById(sessionId)
                .filter(s -> s.getGroupId() == groupId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        if (session.getStatus() != SessionStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        return session;
    }

    private static CalendarEntry.State state(SessionStatus status) {
        return switch (status) {
            case PLANNED -> CalendarEntry.State.PLANNED;
            case OPEN -> CalendarEntry.State.UNDER_WAY;
            case CLOSED -> CalendarEntry.State.HELD;
            case CANCELLED -> CalendarEntry.State.CANCELLED;
        };
    }
}
