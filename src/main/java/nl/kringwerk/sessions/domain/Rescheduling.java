package nl.kringwerk.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the calendar did to one session, for any kind of session: moved (the first planned date is
 * kept), cancelled (with its reason), or added as an extra session.
 */
@Embeddable
public class Rescheduling {

    @Column(name = "moved_from")
    private @Nullable LocalDate movedFrom;

    @Column(name = "change_reason", length = CalendarChange.MAX_REASON)
    private @Nullable String changeReason;

    @Column(nullable = false)
    private boolean extra;

    /** Checked with {@link CalendarChange}; a session that moves twice keeps its first date. */
    public void moved(LocalDate from, String reason) {
        if (movedFrom == null) {
            movedFrom = from;
        }
        changeReason = reason;
    }

    public void cancelled(String reason) {
        changeReason = reason;
    }

    public void markExtra() {
        extra = true;
    }

    public @Nullable LocalDate movedFrom() {
        return movedFrom;
    }

    public @Nullable String reason() {
        return changeReason;
    }

    public boolean extra() {
        return extra;
    }
}
