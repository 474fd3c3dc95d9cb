package nl.kringwerk.sessions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskOptOutRepository extends JpaRepository<TaskOptOut, Long> {

    List<TaskOptOut> findByGroupId(long groupId);
}
