package nl.kringwerk.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByRoleAndOrganisationIdAndEnabledTrueOrderByDisplayName(Role role, Long organisationId);

    boolean existsByUsername(String username);

    boolean existsByOfficerGroupIdAndEnabledTrue(Long officerGroupId);

    List<UserAccount> findAllByOrderByDisplayName();

    List<UserAccount> findByOrganisationIdOrderByDisplayName(long organisationId);
}
