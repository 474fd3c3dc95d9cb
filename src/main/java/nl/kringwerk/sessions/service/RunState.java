package nl.kringwerk.sessions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.sessions.domain.ListeningStatus;
import nl.kringwerk.sessions.domain.Presence;
import nl.kringwerk.sessions.domain.Reflection;
import nl.kringwerk.sessions.domain.StepKind;
import org.jspecify.annotations.Nullable;

/** Everything the facilitator's screen shows of one listening-group session. */
public record RunState(
        long sessionId,
        long groupId,
        String groupName,
        LocalDate date,
        ListeningStatus status,
        @Nullable Integer currentStep,
        @Nullable Instant startedAt,
        List<Step> steps,
        List<Attendee> attendance,
        List<String> agreements,
        @Nullable Reflection reflection,
        @Nullable Long host,
        @Nullable Long timeKeeper) {

    public String nameOf(@Nullable Long memberId) {
        return attendance.stream()
                .filter(a -> memberId != null && a.memberId() == memberId)
                .map(Attendee::name)
                .findFirst()
                .orElse("");
    }

    public record Step(
            int position,
            StepKind kind,
            @Nullable String title,
            @Nullable String detail,
            int minutes,
            boolean skipped,
            boolean done) {}

    public record Attendee(
            long memberId, String name, @Nullable Presence presence) {}

    public List<Attendee> present() {
        return attendance.stream().filter(a -> a.presence() == Presence.PRESENT).toList();
    }

    public int plannedMinutes() {
        return steps.stream().filter(s -> !s.skipped()).mapToInt(Step::minutes).sum();
    }

    public Optional<Step> current() {
        return currentStep == null ? Optional.empty() : Optional.of(steps.get(currentStep));
    }
}
