package nl.kringwerk.material.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MaterialRepository extends JpaRepository<Material, Long> {

    Optional<Material> findByStarterKey(String starterKey);

    /** The starter library, everything shared, and everything of the organisation. */
    @Query("select m from Material m where m.organisationId is null or m.shared = true"
            + " or m.organisationId = :organisationId")
    List<Material> findVisibleTo(@Param("organisationId") @Nullable Long organisationId);
}
