package nl.kringwerk.passbook.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavingsGoalRepository extends JpaRepository<SavingsGoal, Long> {

    Optional<SavingsGoal> findByCycleIdAndMemberId(long cycleId, long memberId);

    List<SavingsGoal> findByCycleId(long cycleId);
}
