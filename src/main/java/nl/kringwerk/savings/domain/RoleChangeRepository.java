package nl.kringwerk.savings.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleChangeRepository extends JpaRepository<RoleChange, Long> {

    List<RoleChange> findBySessionIdInOrderByChangedAt(Collection<Long> sessionIds);
}
