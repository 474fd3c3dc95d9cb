package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SavingsSession;

/**
 * A cycle as other features read it (loans, the share-out): the cycle, its sessions in date order,
 * and its journal with the ledger replayed from it. Read after the group's access gate.
 */
public record CycleRecord(Cycle cycle, List<SavingsSession> sessions, List<JournalEntry> journal, Ledger ledger) {

    public CycleRecord {
        sessions = List.copyOf(sessions);
        journal = List.copyOf(journal);
    }

    static CycleRecord of(Cycle cycle, List<SavingsSession> sessions, List<JournalEntry> journal) {
        return new CycleRecord(cycle, sessions, journal, Ledger.of(journal));
    }

    public long cycleId() {
        return cycle.getId();
    }

    /** The planned date of each session of the cycle, by session id. */
    public Map<Long, LocalDate> sessionDates() {
        return sessions.stream().collect(Collectors.toMap(SavingsSession::getId, SavingsSession::getPlannedOn));
    }
}
