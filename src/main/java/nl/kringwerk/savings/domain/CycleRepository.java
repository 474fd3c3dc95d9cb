package nl.kringwerk.savings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

    Optional<Cycle> findByGroupIdAndClosedOnIsNull(long groupId);

    List<Cycle> findByGroupIdOrderByNumberDesc(long groupId);
}
