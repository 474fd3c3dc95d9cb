package nl.kringwerk.sessions.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One session in a group's calendar, whatever kind of group it is.
 *
 * @param movedFrom the first planned date when the session was moved, else null
 * @param reason    why it was moved or cancelled
 */
public record CalendarEntry(
        long sessionId,
        LocalDate date,
        State state,
        @Nullable LocalDate movedFrom,
        @Nullable String reason,
        boolean extra) {

    public enum State {
        PLANNED,
        UNDER_WAY,
        HELD,
        CANCELLED
    }

    public boolean isChangeable() {
        return state == State.PLANNED;
    }
}
