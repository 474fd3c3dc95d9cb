package nl.kringwerk.groups.service;

import java.util.List;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.domain.Group;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.Member;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.security.GroupRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate for a member who opens her own passbook with her personal code (no account): the group's
 * facts, only while she is an active member of a group that has not ended. Names of the others only:
 * their phone numbers and e-mail addresses stay with the officers.
 */
@Service
public class MemberPassAccess {

    private final GroupRepository groups;
    private final MemberRepository members;

    MemberPassAccess(GroupRepository groups, MemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    /**
     * @throws NotFoundOrNotAllowedException when she left, her group ended, or the pass names a member
     *     of another group
     */
    @Transactional(readOnly = true)
    public GroupFacts facts(MemberPass pass) {
        Group group =
                groups.findById(pass.groupId()).filter(Group::isActive).orElseThrow(NotFoundOrNotAllowedException::new);
        List<Member> all = members.findByGroupIdOrderByDisplayName(pass.groupId());
        boolean hers = all.stream().anyMatch(m -> Long.valueOf(pass.memberId()).equals(m.getId()) && m.isActive());
        if (!hers) {
            throw new NotFoundOrNotAllowedException();
        }
        return new GroupFacts(
                new GroupRef(group.getId(), group.getOrganisationId()),
                group.getName(),
                group.getType(),
                group.getSchedule().day(),
                group.isActive(),
                all.stream()
                        .map(m -> new MemberRow(
                                m.getId(), m.getDisplayName(), null, null, m.getJoinedOn(), m.getLeftOn()))
                        .toList(),
                group.screenLanguages());
    }

    /** Whether the pass still opens anything: she is an active member and the group runs. */
    @Transactional(readOnly = true)
    public boolean isValid(MemberPass pass) {
        try {
            facts(pass);
            return true;
        } catch (NotFoundOrNotAllowedException e) {
            return false;
        }
    }
}
