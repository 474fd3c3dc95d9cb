package nl.kringwerk.sessions.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.CalendarChange;
import nl.kringwerk.sessions.domain.ListeningSession;
import nl.kringwerk.sessions.domain.ListeningSessionRepository;
import nl.kringwerk.sessions.domain.ListeningStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The calendar of a listening group: its listening sessions. Called by {@link CalendarService} only. */
@Component
class ListeningCalendar implements CalendarSource {

    private final ListeningSessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListeningCalendar(ListeningSessionRepository sessions, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public GroupType groupType() {
        return GroupType.LISTENING_GROUP;
    }

    @Override
    public List<CalendarEntry> entries(long groupId) {
        return sessions.findByGroupIdOrderByPlannedOnDesc(groupId).stream()
                .map(s -> new CalendarEntry(
                        s.getId(),
                        s.getPlannedOn(),
                        state(s.getStatus()),
                        s.rescheduling().movedFrom(),
                        s.rescheduling().reason(),
                        s.rescheduling().extra()))
                .sorted(Comparator.comparing(CalendarEntry::date))
                .toList();
    }

    @Override
    public void move(long groupId, long sessionId, @Nullable LocalDate to, String reason) {
        ListeningSession session = planned(groupId, sessionId);
        InvalidInputException.throwIfAny(
                CalendarChange.problemsOfMove(session.getPlannedOn(), to, LocalDate.now(clock), reason));
        requireFree(groupId, to);
        session.moveTo(to, Texts.clean(reason));
    }

    @Override
    public void cancel(long groupId, long sessionId, String reason) {
        ListeningSession session = planned(groupId, sessionId);
        InvalidInputException.throwIfAny(CalendarChange.problemsOfCancel(reason));
        session.cancel(Texts.clean(reason));
    }

    @Override
    public long addExtra(long groupId, @Nullable LocalDate day) {
        InvalidInputException.throwIfAny(CalendarChange.problemsOfDate(day, LocalDate.now(clock)));
        requireFree(groupId, day);
        ListeningSession session = new ListeningSession(
                groupId, day, clock.instant(), currentUser.require().getUsername());
        session.markExtra();
        return sessions.save(session).getId();
    }

    private void requireFree(long groupId, LocalDate day) {
        if (sessions.findByGroupIdOrderByPlannedOnDesc(groupId).stream()
                .anyMatch(s -> s.getPlannedOn().equals(day))) {
            throw InvalidInputException.of("date", "error.date-taken");
        }
    }

    private ListeningSession planned(long groupId, long sessionId) {
        ListeningSession session = sessions.findById(sessionId)
                .filter(s -> s.getGroupId() == groupId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
        if (session.getStatus() != ListeningStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        return session;
    }

    private static CalendarEntry.State state(ListeningStatus status) {
        return switch (status) {
            case PLANNED -> CalendarEntry.State.PLANNED;
            case RUNNING -> CalendarEntry.State.UNDER_WAY;
            case DONE -> CalendarEntry.State.HELD;
            case CANCELLED -> CalendarEntry.State.CANCELLED;
        };
    }
}
