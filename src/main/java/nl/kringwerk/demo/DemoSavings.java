package nl.kringwerk.demo;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.MeetingState;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SessionLine;

/**
 * Past sessions of a savings circle, played through the real service so every rule holds:
 * attendance, rotating roles, deposits, one member saving nothing, one correction with its reason,
 * one cash difference booked openly. The next session is left planned, ready to open.
 */
final class DemoSavings {

    static final int PAST_SESSIONS = 6;
    private static final int[] EUROS = {5, 10, 7, 15, 20, 12, 8, 25, 10, 6};

    /** What else happens at a session, after the savings round and before the closing count. */
    interface SessionHook {
        void at(int session, long sessionId);

        SessionHook NONE = (session, sessionId) -> {};
    }

    /** What is prepared for a session before it opens (a theme). */
    interface BeforeOpen {
        void prepare(long groupId, long sessionId, int session);

        BeforeOpen NONE = (groupId, sessionId, session) -> {};
    }

    private final Savings savings;
    private final BeforeOpen beforeOpen;
    private final LocalDate today;

    /** @param today the day the demo is loaded: the past sessions lie before it */
    DemoSavings(Savings savings, BeforeOpen beforeOpen, LocalDate today) {
        this.savings = savings;
        this.beforeOpen = beforeOpen;
        this.today = today;
    }

    /** The group's first cycle, started six sessions ago, with a 50 cent cash difference in session 5. */
    void play(long groupId, List<Long> members, Frequency frequency, Money socialFund) {
        LocalDate start = today.minusWeeks((long) PAST_SESSIONS * frequency.weeksBetweenSessions());
        savings.cycles()
                .startCycle(
                        groupId,
                        CycleRules.builder(start)
                                .frequency(frequency)
                                .socialFundPerSession(socialFund)
                                .build());
        playSessions(groupId, members, PAST_SESSIONS, true, SessionHook.NONE);
    }

    /** Plays the first sessions of the group's open cycle. */
    void playSessions(long groupId, List<Long> members, int count, boolean withCashDifference, SessionHook hook) {
        List<SessionLine> sessions =
                savings.cycles().currentCycle(groupId).orElseThrow().sessions();
        for (int s = 0; s < count; s++) {
            beforeOpen.prepare(groupId, sessions.get(s).id(), s);
            playSession(sessions.get(s).id(), members, s, withCashDifference && s == 4, hook);
        }
    }

    private void playSession(long sessionId, List<Long> members, int s, boolean cashDifference, SessionHook hook) {
        int n = members.size();
        long absent = members.get((s + 5) % n);
        for (long member : members) {
            boolean away = member == absent && s % 2 == 1;
            savings.sessions()
                    .markAttendance(sessionId, member, away ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
            if (!away) {
                savings.sessions().sign(sessionId, member);
            }
        }
        // Roles rotate: everyone has a task in turn.
        savings.sessions()
                .openSession(
                        sessionId,
                        new SessionRoles(
                                members.get(s % n),
                                members.get((s + 1) % n),
                                members.get((s + 2) % n),
                                members.get((s + 3) % n)));
        MeetingState state = savings.records().meeting(sessionId);
        int i = 0;
        for (var member : state.present()) {
            i++;
            if (state.socialFundPerSession() != null) {
                savings.bookings().bookSocialFund(sessionId, member.memberId(), key());
            }
            if ((i + s) % 7 == 0) {
                savings.bookings().bookNoSaving(sessionId, member.memberId(), key());
                continue;
            }
            int euros = EUROS[(i * 3 + s) % EUROS.length];
            EntryLine entry =
                    savings.bookings().bookDeposit(sessionId, member.memberId(), String.valueOf(euros), key());
            if (s == 2 && i == 2) {
                savings.bookings().reverse(sessionId, entry.id(), "Verkeerd geteld: het was € " + (euros - 1), key());
                savings.bookings().bookDeposit(sessionId, member.memberId(), String.valueOf(euros - 1), key());
            }
        }
        hook.at(s, sessionId);
        Money expected = savings.records().meeting(sessionId).expectedBox();
        if (cashDifference) {
            Money counted = expected.minus(Money.ofCents(50));
            savings.bookings()
                    .bookCashDifference(sessionId, counted.toInputText(), "Munt van 50 cent niet teruggevonden", key());
            savings.sessions().closeSession(sessionId, counted.toInputText());
        } else {
            savings.sessions().closeSession(sessionId, expected.toInputText());
        }
    }

    private String key() {
        return savings.bookings().newIdempotencyKey();
    }
}
