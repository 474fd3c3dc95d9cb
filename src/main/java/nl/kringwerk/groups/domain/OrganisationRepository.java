package nl.kringwerk.groups.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findAllByOrderByName();

    /** Organisations whose name is the same by the database's rule for names (see Names). */
    List<Organisation> findByName(String name);
}
