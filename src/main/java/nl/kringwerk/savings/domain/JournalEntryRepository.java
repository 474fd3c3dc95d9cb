package nl.kringwerk.savings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByCycleIdOrderById(long cycleId);

    List<JournalEntry> findBySessionIdOrderById(long sessionId);

    Optional<JournalEntry> findByIdempotencyKey(String idempotencyKey);
}
