package nl.kringwerk.savings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findBySessionId(long sessionId);

    Optional<Attendance> findBySessionIdAndMemberId(long sessionId, long memberId);
}
