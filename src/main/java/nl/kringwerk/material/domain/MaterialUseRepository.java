package nl.kringwerk.material.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MaterialUseRepository extends JpaRepository<MaterialUse, Long> {

    Optional<MaterialUse> findBySessionKindAndSessionId(SessionKind kind, long sessionId);

    List<MaterialUse> findByGroupIdOrderBySessionDateDesc(long groupId);

    /**
     * Per piece and reflection: how many sessions used it (reflected on, or dated before today); only
     * of one organisation unless organisationId is null. Rows: material id, reflection (or null), count.
     */
    @Query("select u.materialId, u.reflection, count(u) from MaterialUse u"
            + " where (u.reflection is not null or u.sessionDate < :today)"
            + " and (:organisationId is null or u.organisationId = :organisationId)"
            + " group by u.materialId, u.reflection")
    List<Object[]> countUses(@Param("today") LocalDate today, @Param("organisationId") @Nullable Long organisationId);
}
