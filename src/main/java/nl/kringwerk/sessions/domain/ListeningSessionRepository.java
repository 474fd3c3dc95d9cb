package nl.kringwerk.sessions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListeningSessionRepository extends JpaRepository<ListeningSession, Long> {

    List<ListeningSession> findByGroupIdOrderByPlannedOnDesc(long groupId);
}
