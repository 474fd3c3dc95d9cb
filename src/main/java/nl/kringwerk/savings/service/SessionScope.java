package nl.kringwerk.savings.service;

import java.util.List;
import java.util.Set;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import org.jspecify.annotations.Nullable;

/**
 * One savings session after the access gate, with its cycle and group, and the rules about its
 * status that every service of the session asks: is the cycle open, is the session open, may this
 * member be booked now. Made by {@link SessionScopes}.
 */
final class SessionScope {

    final SavingsSession session;
    final Cycle cycle;
    final GroupFacts group;

    SessionScope(SavingsSession session, Cycle cycle, GroupFacts group) {
        this.session = session;
        this.cycle = cycle;
        this.group = group;
    }

    long sessionId() {
        return session.getId();
    }

    void requireCycleOpen() {
        if (!cycle.isOpen()) {
            throw InvalidInputException.of("session", "error.cycle-closed");
        }
    }

    void requireNotClosed() {
        requireCycleOpen();
        if (session.getStatus() == SessionStatus.CLOSED) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
    }

    void requireOpenSession() {
        requireNotClosed();
        if (session.getStatus() != SessionStatus.OPEN) {
            throw InvalidInputException.of("session", "error.session-not-open");
        }
    }

    /** An open session of a cycle that is not sharing out, and she is a member who is here today. */
    void requireBookable(long memberId, List<Long> present) {
        requireOpenSession();
        cycle.requireNotSharingOut();
        if (!group.hasActiveMember(memberId)) {
            throw InvalidInputException.of("member", "error.member-not-in-group");
        }
        if (!present.contains(memberId)) {
            throw InvalidInputException.of("member", "error.member-not-present");
        }
    }

    /** One turn per member per session: a mistake is reversed and counted again. */
    void requireNoTurnYet(long memberId, List<JournalEntry> cycleEntries) {
        if (bookedToday(memberId, Set.of(EntryKind.DEPOSIT, EntryKind.NO_SAVING), cycleEntries)) {
            throw InvalidInputException.of("member", "error.already-had-turn");
        }
    }

    boolean bookedToday(long memberId, Set<EntryKind> kinds, List<JournalEntry> cycleEntries) {
        Ledger ledger = Ledger.of(cycleEntries);
        return cycleEntries.stream()
                .anyMatch(e -> kinds.contains(e.getKind())
                        && session.getId().equals(e.getSessionId())
                        && Long.valueOf(memberId).equals(e.getMemberId())
                        && !ledger.isReversed(e.getId()));
    }

    /** The counter who counted: one of today's two, the first when nobody said. */
    long counter(@Nullable Long countedBy) {
        SessionRoles roles = session.roles();
        if (countedBy == null) {
            return roles.counter1();
        }
        if (!countedBy.equals(roles.counter1()) && !countedBy.equals(roles.counter2())) {
            throw InvalidInputException.of("countedBy", "error.not-a-counter");
        }
        return countedBy;
    }

    JournalEntry.Builder entry(EntryKind kind, Money amount) {
        return JournalEntry.of(kind, amount)
                .in(group.id(), cycle.getId(), session.getId())
                .witnessedBy(session.roles().counter1(), session.roles().bookkeeper());
    }
}
