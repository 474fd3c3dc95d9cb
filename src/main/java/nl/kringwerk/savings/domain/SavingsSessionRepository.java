package nl.kringwerk.savings.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SavingsSessionRepository extends JpaRepository<SavingsSession, Long> {

    List<SavingsSession> findByCycleIdOrderByPlannedOn(long cycleId);

    List<SavingsSession> findByGroupIdOrderByPlannedOn(long groupId);

    /** Bookings of one session wait for each other, so the one-turn rule holds across devices. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SavingsSession s where s.id = :id")
    Optional<SavingsSession> lockById(long id);

    Optional<SavingsSession> findFirstByCycleIdAndStatusOrderByPlannedOnDesc(long cycleId, SessionStatus status);
}
