package nl.kringwerk.groups.service;

import java.util.List;
import java.util.Optional;
import nl.kringwerk.groups.domain.Group;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.Member;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.security.GroupDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the account rules' questions about organisations and members. No gate of its own: only
 * the security feature calls it, after its own gate (and at login, for the account signing in).
 */
@Component
class GroupDirectoryForAccounts implements GroupDirectory {

    private final OrganisationRepository organisations;
    private final GroupRepository groups;
    private final MemberRepository members;

    GroupDirectoryForAccounts(OrganisationRepository organisations, GroupRepository groups, MemberRepository members) {
        this.organisations = organisations;
        this.groups = groups;
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisations() {
        return organisations.findAllByOrderByName().stream()
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.isActive()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean organisationActive(long organisationId) {
        return organisations.findById(organisationId).map(o -> o.isActive()).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerSeat> activeSeat(long memberId) {
        return members.findById(memberId)
                .filter(m -> m.getLeftOn() == null)
                .flatMap(m ->
                        groups.findById(m.getGroupId()).filter(Group::isActive).map(g -> seat(m, g)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficerSeat> activeSeats(long organisationId) {
        List<Member> found = members.findActiveInRunningGroupsOf(organisationId);
        return found.stream()
                .map(m -> seat(m, groups.findById(m.getGroupId()).orElseThrow()))
                .toList();
    }

    private static OfficerSeat seat(Member member, Group group) {
        return new OfficerSeat(
                member.getId(), member.getDisplayName(), group.getId(), group.getName(), group.getOrganisationId());
    }
}
