package nl.kringwerk.savings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavingsSessionRepository extends JpaRepository<SavingsSession, Long> {

    List<SavingsSession> findByCycleIdOrderByPlannedOn(long cycleId);

    Optional<SavingsSession> findFirstByCycleIdAndStatusOrderByPlannedOnDesc(long cycleId, SessionStatus status);
}
