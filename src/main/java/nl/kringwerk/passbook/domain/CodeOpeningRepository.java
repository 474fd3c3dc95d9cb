package nl.kringwerk.passbook.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CodeOpeningRepository extends JpaRepository<CodeOpening, Long> {

    List<CodeOpening> findTop200ByGroupIdOrderByOpenedAtDesc(long groupId);

    long countByGroupId(long groupId);
}
