package nl.kringwerk.rounds.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SecretRoundRepository extends JpaRepository<SecretRound, Long> {

    List<SecretRound> findBySavingsSessionIdOrderById(long sessionId);

    List<SecretRound> findByListeningSessionIdOrderById(long sessionId);

    /** The round, locked until the transaction ends: taps on one round take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SecretRound r where r.id = :id")
    Optional<SecretRound> findForTap(long id);
}
