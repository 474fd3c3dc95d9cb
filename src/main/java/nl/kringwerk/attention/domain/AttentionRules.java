package nl.kringwerk.attention.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Works out a group's signals from its vitals, with the thresholds of {@link AttentionThresholds}. */
public final class AttentionRules {

    private AttentionRules() {}

    public static List<Signal> signals(GroupVitals v, LocalDate today, AttentionThresholds t) {
        List<Signal> signals = new ArrayList<>();
        if (v.holdsSessions()) {
            LocalDate since = v.lastHeldOn() != null ? v.lastHeldOn() : v.startedOn();
            long weeks = ChronoUnit.WEEKS.between(since, today);
            if (weeks >= t.weeksWithoutSession()) {
                signals.add(Signal.of(SignalKind.NO_RECENT_SESSION, List.of(weeks), List.of(t.weeksWithoutSession())));
            }
            attendance(v, t).ifPresent(signals::add);
            long loans = v.missedInstalments().stream()
                    .filter(n -> n >= t.missedInstalments())
                    .count();
            if (loans > 0) {
                signals.add(Signal.of(SignalKind.LOAN_ARREARS, List.of(loans), List.of(t.missedInstalments())));
            }
            List<Boolean> cash = last(v.cashDifference(), t.cashDifferenceWindow());
            long differences = cash.stream().filter(Boolean::booleanValue).count();
            if (differences >= t.cashDifferenceSessions()) {
                signals.add(Signal.of(
                        SignalKind.CASH_DIFFERENCES,
                        List.of(differences, cash.size()),
                        List.of(t.cashDifferenceSessions(), t.cashDifferenceWindow())));
            }
            if (v.cycleEndsOn() != null && !v.cycleEndsOn().isAfter(today.plusWeeks(t.cycleEndWeeks()))) {
                long days = Math.max(0, ChronoUnit.DAYS.between(today, v.cycleEndsOn()));
                signals.add(Signal.of(SignalKind.CYCLE_ENDING, List.of(days), List.of(t.cycleEndWeeks())));
            }
        }
        LocalDate from = today.minusWeeks(t.leavingWeeks());
        long left = v.leftOn().stream().filter(d -> !d.isBefore(from)).count();
        if (left >= t.leavingMembers()) {
            signals.add(Signal.of(
                    SignalKind.MEMBERS_LEAVING, List.of(left, t.leavingWeeks()), List.of(t.leavingMembers())));
        }
        if (!v.hasFacilitator() && !v.hasOfficerAccount()) {
            signals.add(Signal.of(SignalKind.NO_CONTACT, List.of(), List.of()));
        }
        return signals;
    }

    private static Optional<Signal> attendance(GroupVitals v, AttentionThresholds t) {
        int window = t.attendanceWindow();
        List<Integer> present = v.presentPerSession();
        if (present.size() < 2 * window) {
            return Optional.empty();
        }
        List<Integer> recent = last(present, 2 * window);
        int before =
                recent.subList(0, window).stream().mapToInt(Integer::intValue).sum();
        int after = recent.subList(window, 2 * window).stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (before == 0 || (before - after) * 100 < t.attendanceDropPercent() * before) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(
                SignalKind.ATTENDANCE_FALLING,
                List.of(Math.round(before / (double) window), Math.round(after / (double) window)),
                List.of(window, t.attendanceDropPercent())));
    }

    private static <T> List<T> last(List<T> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }
}
