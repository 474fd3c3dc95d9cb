package nl.kringwerk.attention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each signal fires on a group built to show it, and a healthy group shows none. */
class AttentionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final AttentionThresholds T = AttentionThresholds.DEFAULTS;

    /** A healthy circle: met last week, eight present every week, loans paid, cash right, nobody left. */
    static GroupVitals healthy() {
        return new GroupVitals(
                TODAY.minusWeeks(10),
                TODAY.minusWeeks(1),
                List.of(8, 8, 7, 8, 8, 8, 7, 8),
                List.of(1),
                List.of(false, false, true, false, false, false, false),
                List.of(TODAY.minusWeeks(20), TODAY.minusWeeks(3)),
                TODAY.plusWeeks(12),
                true,
                false,
                true);
    }

    static List<SignalKind> kinds(GroupVitals v) {
        return AttentionRules.signals(v, TODAY, T).stream().map(Signal::kind).toList();
    }

    @Test
    void aHealthyGroupShowsNothing() {
        assertThat(kinds(healthy())).isEmpty();
    }

    @Test
    void noSessionForFourWeeks() {
        GroupVitals v = with(healthy(), TODAY.minusWeeks(4), null, null, null, null, null, true, true);
        assertThat(kinds(v)).containsExactly(SignalKind.NO_RECENT_SESSION);
        assertThat(AttentionRules.signals(v, TODAY, T).get(0).facts()).containsExactly("4");
        GroupVitals justUnder =
                with(healthy(), TODAY.minusWeeks(4).plusDays(1), null, null, null, null, null, true, true);
        assertThat(kinds(justUnder)).isEmpty();
    }

    @Test
    void aNewCycleWithoutAnySessionCountsFromItsStart() {
        GroupVitals none = new GroupVitals(
                TODAY.minusWeeks(5), null, List.of(), List.of(), List.of(), List.of(), null, true, false, true);
        assertThat(kinds(none)).containsExactly(SignalKind.NO_RECENT_SESSION);
    }

    @Test
    void attendanceFalling() {
        GroupVitals v = with(healthy(), null, List.of(8, 8, 8, 8, 6, 5, 5), null, null, null, null, true, true);
        assertThat(kinds(v)).containsExactly(SignalKind.ATTENDANCE_FALLING);
        GroupVitals slight = with(healthy(), null, List.of(8, 8, 8, 7, 7, 7), null, null, null, null, true, true);
        assertThat(kinds(slight)).isEmpty();
    }

    @Test
    void aLoanInArrearsForSeveralSessions() {
        GroupVitals v = with(healthy(), null, null, List.of(1, 3), null, null, null, true, true);
        assertThat(kinds(v)).containsExactly(SignalKind.LOAN_ARREARS);
        assertThat(AttentionRules.signals(v, TODAY, T).get(0).facts()).containsExactly("1");
    }

    @Test
    void cashDifferencesInSeveralSessions() {
        GroupVitals v =
                with(healthy(), null, null, null, List.of(false, true, false, true, false), null, null, true, true);
        assertThat(kinds(v)).containsExactly(SignalKind.CASH_DIFFERENCES);
        GroupVitals longAgo = with(
                healthy(),
                null,
                null,
                null,
                List.of(true, true, false, false, false, false, false, false),
                null,
                null,
                true,
                true);
        assertThat(kinds(longAgo)).as("only the last six closed sessions count").isEmpty();
    }

    @Test
    void membersLeaving() {
        GroupVitals v = with(
                healthy(), null, null, null, null, List.of(TODAY.minusWeeks(2), TODAY.minusWeeks(8)), null, true, true);
        assertThat(kinds(v)).containsExactly(SignalKind.MEMBERS_LEAVING);
    }

    @Test
    void aCycleEndingWithinWeeksWithoutAShareOut() {
        GroupVitals v = with(healthy(), null, null, null, null, null, TODAY.plusWeeks(3), true, true);
        assertThat(kinds(v)).containsExactly(SignalKind.CYCLE_ENDING);
        assertThat(AttentionRules.signals(v, TODAY, T).get(0).facts()).containsExactly("21");
    }

    @Test
    void aGroupWithoutFacilitatorOrOfficerAccount() {
        GroupVitals v = with(healthy(), null, null, null, null, null, null, false, false);
        assertThat(kinds(v)).containsExactly(SignalKind.NO_CONTACT);
        assertThat(kinds(with(healthy(), null, null, null, null, null, null, false, true)))
                .as("an officer account is a contact too")
                .isEmpty();
    }

    @Test
    void aListeningGroupIsJudgedOnlyOnMembersAndContact() {
        GroupVitals listening = new GroupVitals(
                TODAY.minusYears(1), null, List.of(), List.of(), List.of(), List.of(), null, true, false, false);
        assertThat(kinds(listening)).isEmpty();
    }

    /** The healthy group with the given facts changed (null keeps the healthy value). */
    private static GroupVitals with(
            GroupVitals v,
            LocalDate lastHeldOn,
            List<Integer> present,
            List<Integer> missed,
            List<Boolean> cash,
            List<LocalDate> leftOn,
            LocalDate cycleEndsOn,
            boolean facilitator,
            boolean officer) {
        return new GroupVitals(
                v.startedOn(),
                lastHeldOn != null ? lastHeldOn : v.lastHeldOn(),
                present != null ? present : v.presentPerSession(),
                missed != null ? missed : v.missedInstalments(),
                cash != null ? cash : v.cashDifference(),
                leftOn != null ? leftOn : v.leftOn(),
                cycleEndsOn != null ? cycleEndsOn : v.cycleEndsOn(),
                facilitator,
                officer,
                v.holdsSessions());
    }
}
