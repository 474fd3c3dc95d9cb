package nl.kringwerk.sessions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.events.GroupData;
import org.jspecify.annotations.Nullable;

/**
 * A listening-group session: its plan of steps, who came, and afterwards which steps were run and
 * how it went in one tap. There is deliberately no place for what anybody told.
 */
@Entity
@Table(name = "listening_session")
public class ListeningSession implements GroupData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ListeningStatus status;

    @Column(name = "current_step")
    private @Nullable Integer currentStep;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "led_by", length = 60)
    private @Nullable String ledBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Reflection reflection;

    @Column(name = "host_member_id")
    private @Nullable Long host;

    @Column(name = "time_keeper_member_id")
    private @Nullable Long timeKeeper;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Embedded
    private Rescheduling rescheduling = new Rescheduling();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listening_step", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<ListeningStep> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listening_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "member_id")
    private Map<Long, Mark> attendance = new HashMap<>();

    /** Her presence, and when it was recorded. */
    @Embeddable
    public static class Mark {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        private Presence status;

        @Column(name = "recorded_at", nullable = false)
        private Instant recordedAt;

        protected Mark() {}

        Mark(Presence status, Instant recordedAt) {
            this.status = status;
            this.recordedAt = recordedAt;
        }

        public Presence status() {
            return status;
        }
    }

    protected ListeningSession() {}

    /** A planned session with the usual steps. */
    public ListeningSession(long groupId, LocalDate plannedOn, Instant createdAt, String createdBy) {
        this.groupId = groupId;
        this.plannedOn = plannedOn;
        this.status = ListeningStatus.PLANNED;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        for (StepKind kind : StepKind.values()) {
            if (kind.isUsual()) {
                steps.add(ListeningStep.usual(kind));
            }
        }
    }

    /** Who welcomes and who keeps the time; checked by the service (present, two different people). */
    public void assignTasks(@Nullable Long host, @Nullable Long timeKeeper) {
        this.host = host;
        this.timeKeeper = timeKeeper;
    }

    public RolePlan tasks() {
        Map<SessionRole, Long> holders = new EnumMap<>(SessionRole.class);
        if (host != null) {
            holders.put(SessionRole.HOST, host);
        }
        if (timeKeeper != null) {
            holders.put(SessionRole.TIME_KEEPER, timeKeeper);
        }
        return new RolePlan(holders);
    }

    public void mark(long memberId, Presence presence, Instant at) {
        attendance.put(memberId, new Mark(presence, at));
    }

    public void changeMinutes(int position, int minutes) {
        step(position).setMinutes(minutes);
    }

    public void skip(int position, boolean skipped) {
        step(position).setSkipped(skipped);
    }

    /** Moves a step one place up (towards the start) or down. At the edge nothing changes. */
    public void move(int position, boolean up) {
        int other = up ? position - 1 : position + 1;
        step(position);
        if (other >= 0 && other < steps.size()) {
            Collections.swap(steps, position, other);
        }
    }

    public void add(ListeningStep step, int position) {
        steps.add(Math.max(0, Math.min(position, steps.size())), step);
    }

    /**
     * Puts the steps of prepared session material into the plan, in place of an earlier theme:
     * where the earlier theme stood, else just before the core round (else before the closing).
     */
    public void replaceTheme(List<ListeningStep> themeSteps) {
        int at = IntStream.range(0, steps.size())
                .filter(i -> steps.get(i).kind() == StepKind.THEME)
                .findFirst()
                .orElseGet(() -> IntStream.range(0, steps.size())
                        .filter(i -> steps.get(i).kind() == StepKind.CORE_ROUND)
                        .findFirst()
                        .orElseGet(() -> IntStream.range(0, steps.size())
                                .filter(i -> steps.get(i).kind() == StepKind.CLOSING_ROUND)
                                .findFirst()
                                .orElse(steps.size())));
        steps.removeIf(s -> s.kind() == StepKind.THEME);
        steps.addAll(Math.min(at, steps.size()), themeSteps);
    }

    /** A planned session begins at its first step that is not skipped; it starts only once. */
    public void start(Instant at, String by) {
        if (status != ListeningStatus.PLANNED) {
            throw InvalidInputException.of("session", "error.session-not-planned");
        }
        status = ListeningStatus.RUNNING;
        startedAt = at;
        ledBy = by;
        currentStep = firstFrom(0).orElse(0);
    }

    /** Going on to another step of a running session marks the step she leaves as run. */
    public void goTo(int position) {
        requireRunning();
        step(position);
        if (currentStep != null) {
            steps.get(currentStep).markDone(true);
        }
        currentStep = position;
    }

    public OptionalInt nextAfterCurrent() {
        return currentStep == null ? OptionalInt.empty() : firstFrom(currentStep + 1);
    }

    private OptionalInt firstFrom(int from) {
        return IntStream.range(from, steps.size())
                .filter(i -> !steps.get(i).skipped())
                .findFirst();
    }

    /** Only a running session finishes; the step she was in counts as run. */
    public void finish(Instant at) {
        requireRunning();
        if (currentStep != null) {
            steps.get(currentStep).markDone(true);
        }
        status = ListeningStatus.DONE;
        finishedAt = at;
        currentStep = null;
    }

    /** After the session she may correct which steps were run. */
    public void ran(int position, boolean done) {
        step(position).markDone(done);
    }

    public void reflect(Reflection reflection) {
        this.reflection = reflection;
    }

    private void requireRunning() {
        if (status != ListeningStatus.RUNNING) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
    }

    private ListeningStep step(int position) {
        if (position < 0 || position >= steps.size()) {
            throw new IllegalArgumentException("No step " + position);
        }
        return steps.get(position);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public ListeningStatus getStatus() {
        return status;
    }

    public @Nullable Integer getCurrentStep() {
        return currentStep;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Reflection getReflection() {
        return reflection;
    }

    public List<ListeningStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public Map<Long, Presence> attendance() {
        Map<Long, Presence> marks = new HashMap<>();
        attendance.forEach((member, mark) -> marks.put(member, mark.status()));
        return marks;
    }

    /** Checked with {@code CalendarChange}. */
    public void moveTo(LocalDate day, String reason) {
        rescheduling.moved(plannedOn, reason);
        plannedOn = day;
    }

    public void cancel(String reason) {
        status = ListeningStatus.CANCELLED;
        rescheduling.cancelled(reason);
    }

    public void markExtra() {
        rescheduling.markExtra();
    }

    public Rescheduling rescheduling() {
        return rescheduling;
    }

    @Override
    public Long groupIdForInsights() {
        return getGroupId();
    }
}
