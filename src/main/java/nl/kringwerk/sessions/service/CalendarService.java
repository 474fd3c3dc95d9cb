package nl.kringwerk.sessions.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupCard;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session calendar of a group: sessions planned from its schedule, single sessions moved or
 * cancelled with a reason, extra sessions; an .ics export; what is coming up across one's groups.
 * Each kind of group brings its sessions through a {@link CalendarSource}; the group is opened
 * (and access checked) here first.
 */
@Service
public class CalendarService {

    /** Meetings happen in the Netherlands: local time stays local across daylight saving. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Duration LENGTH = Duration.ofHours(2);

    private final GroupService groups;
    private final List<CalendarSource> sources;
    private final Clock clock;

    CalendarService(GroupService groups, List<CalendarSource> sources, Clock clock) {
        this.groups = groups;
        this.sources = sources;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CalendarEntry> entries(long groupId) {
        GroupPage page = groups.groupPage(groupId);
        return source(page.details().type()).entries(groupId);
    }

    @Transactional
    public void move(long groupId, long sessionId, @Nullable LocalDate to, String reason) {
        GroupPage page = groups.groupPage(groupId);
        source(page.details().type()).move(groupId, sessionId, to, reason);
    }

    @Transactional
    public void cancel(long groupId, long sessionId, String reason) {
        GroupPage page = groups.groupPage(groupId);
        source(page.details().type()).cancel(groupId, sessionId, reason);
    }

    @Transactional
    public long addExtra(long groupId, @Nullable LocalDate day) {
        GroupPage page = groups.groupPage(groupId);
        return source(page.details().type()).addExtra(groupId, day);
    }

    /** The group's sessions as an iCalendar file: local time in Europe/Amsterdam, cancelled ones marked. */
    @Transactional(readOnly = true)
    public byte[] ics(long groupId) {
        GroupPage page = groups.groupPage(groupId);
        GroupDetails d = page.details();
        Calendar calendar = new Calendar()
                .withProdId("-//Kringwerk//Bijeenkomsten//NL")
                .withDefaults()
                .getFluentTarget();
        calendar.add(TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(ZONE.getId())
                .getVTimeZone());
        for (CalendarEntry entry : source(d.type()).entries(groupId)) {
            ZonedDateTime start = ZonedDateTime.of(entry.date(), d.meetingTime(), ZONE);
            VEvent event = new VEvent(start, LENGTH, d.name());
            event.add(
                    new Uid("kringwerk-" + d.type().name().toLowerCase() + "-" + entry.sessionId() + "@kringwerk.nl"));
            if (d.place() != null) {
                event.add(new Location(d.place()));
            }
            if (entry.state() == CalendarEntry.State.CANCELLED) {
                event.add(new Status(Status.VALUE_CANCELLED));
                event.add(new Description(entry.reason()));
            } else if (entry.movedFrom() != null) {
                event.add(new Description(entry.reason()));
            }
            calendar.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Planned sessions in the coming days across the groups the current user supports. */
    @Transactional(readOnly = true)
    public List<UpcomingSession> upcoming(int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        return groups.visibleGroups().stream()
                .filter(GroupCard::isActive)
                .flatMap(card -> {
                    GroupDetails d = groups.groupPage(card.id()).details();
                    return source(card.type()).entries(card.id()).stream()
                            .filter(e -> e.state() == CalendarEntry.State.PLANNED
                                    || e.state() == CalendarEntry.State.UNDER_WAY)
                            .filter(e -> !e.date().isBefore(today) && !e.date().isAfter(until))
                            .map(e -> new UpcomingSession(
                                    card.id(),
                                    card.name(),
                                    card.type(),
                                    e.sessionId(),
                                    e.date(),
                                    d.meetingTime(),
                                    d.place()));
                })
                .sorted(Comparator.comparing(UpcomingSession::date).thenComparing(UpcomingSession::time))
                .toList();
    }

    private CalendarSource source(GroupType type) {
        return sources.stream()
                .filter(s -> s.groupType() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No calendar for " + type));
    }
}
