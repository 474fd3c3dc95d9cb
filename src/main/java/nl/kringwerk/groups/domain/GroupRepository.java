package nl.kringwerk.groups.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupRepository extends JpaRepository<Group, Long> {

    List<Group> findAllByOrderByName();

    List<Group> findByOrganisationIdOrderByName(long organisationId);

    List<Group> findByIdInOrderByName(Collection<Long> ids);
}
