package nl.kringwerk.sessions.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.groups.domain.GroupType;
import org.jspecify.annotations.Nullable;

/**
 * The sessions of one kind of group, as the calendar sees them. The savings feature provides the
 * sessions of a savings circle; this feature those of a listening group. The caller has already
 * opened the group (access is checked); a session id of another group is not found.
 */
public interface CalendarSource {

    GroupType groupType();

    List<CalendarEntry> entries(long groupId);

    void move(long groupId, long sessionId, @Nullable LocalDate to, String reason);

    void cancel(long groupId, long sessionId, String reason);

    long addExtra(long groupId, @Nullable LocalDate day);
}
