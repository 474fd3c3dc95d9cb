package nl.kringwerk.material.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MaterialVersionRepository extends JpaRepository<MaterialVersion, Long> {

    Optional<MaterialVersion> findByMaterialIdAndNumber(long materialId, int number);

    /** The current version of each of these pieces. */
    @Query("select v from MaterialVersion v, Material m where v.materialId = m.id and v.number = m.currentVersion"
            + " and m.id in :ids")
    List<MaterialVersion> findCurrent(@Param("ids") Collection<Long> materialIds);
}
