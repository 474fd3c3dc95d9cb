package nl.kringwerk.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What account rules need to know of organisations and members, answered by the groups feature
 * (security cannot depend on groups; groups implements this). Callers have passed their gate.
 */
public interface GroupDirectory {

    /** Every organisation, active or not, by name. */
    List<OrganisationChoice> organisations();

    /** Every organisation's name by its id. */
    default Map<Long, String> organisationNames() {
        return organisations().stream().collect(Collectors.toMap(OrganisationChoice::id, OrganisationChoice::name));
    }

    boolean organisationActive(long organisationId);

    /** The member's seat while she is an active member of a group that has not ended; else empty. */
    Optional<OfficerSeat> activeSeat(long memberId);

    /** The active members of the running groups of the organisation: who could get an officer account. */
    List<OfficerSeat> activeSeats(long organisationId);

    record OrganisationChoice(long id, String name, boolean active) {}

    record OfficerSeat(long memberId, String memberName, long groupId, String groupName, long organisationId) {}
}
