package nl.kringwerk.groups.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Names;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.groups.domain.Group;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.GroupRules;
import nl.kringwerk.groups.domain.Member;
import nl.kringwerk.groups.domain.MemberDetails;
import nl.kringwerk.groups.domain.MemberRepository;
import nl.kringwerk.groups.domain.Organisation;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.security.AccountSummary;
import nl.kringwerk.security.GroupAccess;
import nl.kringwerk.security.GroupRef;
import nl.kringwerk.security.GroupScope;
import nl.kringwerk.security.OpenScreens;
import nl.kringwerk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups and their members. Every method first asks {@link GroupAccess} whether the current user
 * may act on the group; a group that is not hers looks exactly like a group that does not exist.
 */
@Service
public class GroupService {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final GroupAccess access;
    private final OpenScreens openScreens;
    private final Clock clock;

    GroupService(
            GroupRepository groups,
            MemberRepository members,
            OrganisationRepository organisations,
            GroupAccess access,
            OpenScreens openScreens,
            Clock clock) {
        this.groups = groups;
        this.members = members;
        this.organisations = organisations;
        this.access = access;
        this.openScreens = openScreens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<GroupCard> visibleGroups() {
        List<Group> visible = groupsIn(access.visibleScope());
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row :
                members.countActiveByGroup(visible.stream().map(Group::getId).toList())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return visible.stream()
                .map(g -> new GroupCard(
                        g.getId(),
                        g.getName(),
                        g.getType(),
                        g.getMunicipality(),
                        g.getSchedule(),
                        counts.getOrDefault(g.getId(), 0L),
                        g.getEndedOn()))
                .toList();
    }

    @Transactional(readOnly = true)
    public GroupPage groupPage(long groupId) {
        Group group = permittedGroup(groupId);
        String organisationName = organisations
                .findById(group.getOrganisationId())
                .map(Organisation::getName)
                .orElse("");
        List<MemberRow> memberRows = members.findByGroupIdOrderByDisplayName(groupId).stream()
                .map(MemberRow::of)
                .toList();
        return new GroupPage(
                group.getId(),
                organisationName,
                group.details(),
                group.getEndedOn(),
                memberRows,
                access.facilitatorsOf(ref(group)),
                access.mayAdminister(group.getOrganisationId()),
                group.screenLanguages());
    }

    /** Organisations in which the current user may start a group. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisationsForNewGroup() {
        return organisations.findAll().stream()
                .filter(Organisation::isActive)
                .filter(o -> access.mayAdminister(o.getId()))
                .map(o -> new OrganisationOption(o.getId(), o.getName()))
                .sorted(Comparator.comparing(OrganisationOption::name))
                .toList();
    }

    /** Every organisation's name by id, e.g. to say who made a piece of shared session material. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames() {
        access.requireReadOrganisationNames();
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    @Transactional
    public long createGroup(long organisationId, GroupDetails details) {
        SignedInUser user = access.requireAdminister(organisationId);
        if (!organisations.findById(organisationId).map(Organisation::isActive).orElse(false)) {
            throw new NotFoundOrNotAllowedException();
        }
        InvalidInputException.throwIfAny(GroupRules.checkGroup(details));
        return groups.save(new Group(organisationId, details, clock.instant(), user.getUsername()))
                .getId();
    }

    @Transactional
    public void changeGroup(long groupId, GroupDetails details) {
        Group group = administeredGroup(groupId);
        List<InvalidInput> problems = GroupRules.checkGroup(details);
        LocalDate firstJoined = members.findByGroupIdOrderByDisplayName(groupId).stream()
                .map(Member::getJoinedOn)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (details.startedOn() != null
                && firstJoined != null
                && details.startedOn().isAfter(firstJoined)) {
            problems.add(InvalidInput.of("startedOn", "error.start-after-first-member"));
        }
        if (details.startedOn() != null
                && group.getEndedOn() != null
                && group.getEndedOn().isBefore(details.startedOn())) {
            problems.add(InvalidInput.of("startedOn", "error.end-before-start"));
        }
        InvalidInputException.throwIfAny(problems);
        group.change(details);
    }

    @Transactional
    public void endGroup(long groupId, @Nullable LocalDate endedOn) {
        Group group = administeredGroup(groupId);
        InvalidInputException.throwIfAny(
                GroupRules.checkEnd(group.getStartedOn(), endedOn, group.getEndedOn(), LocalDate.now(clock)));
        group.end(endedOn);
        // Its chair's and bookkeeper's accounts stop working; their open screens learn it at once.
        openScreens.recheckOfficersOf(groupId);
    }

    @Transactional
    public long addMember(long groupId, MemberDetails details) {
        Group group = permittedGroup(groupId);
        SignedInUser user = access.requireWorkWith(ref(group));
        requireActive(group);
        InvalidInputException.throwIfAny(
                GroupRules.checkMember(details, group.getStartedOn(), activeNameSameAs(groupId, details, null)));
        try {
            return members.saveAndFlush(new Member(groupId, details, clock.instant(), user.getUsername()))
                    .getId();
        } catch (DataIntegrityViolationException raceOnName) {
            throw nameTaken(details);
        }
    }

    @Transactional
    public void changeMember(long groupId, long memberId, MemberDetails details) {
        Group group = permittedGroup(groupId);
        Member member = memberOf(group, memberId);
        InvalidInputException.throwIfAny(GroupRules.checkMember(
                details,
                group.getStartedOn(),
                member.isActive() ? activeNameSameAs(groupId, details, memberId) : null));
        if (member.getLeftOn() != null
                && details.joinedOn() != null
                && details.joinedOn().isAfter(member.getLeftOn())) {
            throw InvalidInputException.of("joinedOn", "error.left-before-joined");
        }
        member.change(details);
        try {
            members.flush();
        } catch (DataIntegrityViolationException raceOnName) {
            throw nameTaken(details);
        }
    }

    @Transactional
    public void memberLeaves(long groupId, long memberId, @Nullable LocalDate leftOn) {
        Group group = permittedGroup(groupId);
        Member member = memberOf(group, memberId);
        InvalidInputException.throwIfAny(
                GroupRules.checkLeave(member.getJoinedOn(), member.getLeftOn(), leftOn, LocalDate.now(clock)));
        member.leave(leftOn);
        openScreens.recheckOfficersOf(groupId);
    }

    /** The language(s) of what the group's members see: its screen and the forms they sign. */
    @Transactional(readOnly = true)
    public ScreenLanguages screenLanguages(long groupId) {
        return permittedGroup(groupId).screenLanguages();
    }

    /**
     * The group chooses the language(s) of its screen, the counting question and the forms its
     * members sign: one, or two (the first shown first). Whoever runs its sessions may choose: the
     * chair or bookkeeper, its facilitator, its coordinator.
     */
    @Transactional
    public void chooseScreenLanguages(long groupId, @Nullable MemberLanguage first, @Nullable MemberLanguage second) {
        Group group = permittedGroup(groupId);
        requireActive(group);
        if (first == null) {
            throw InvalidInputException.of("firstLanguage", "error.required");
        }
        group.chooseScreenLanguages(ScreenLanguages.of(first, second));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> facilitatorCandidates(long groupId) {
        Group group = administeredGroup(groupId);
        return access.facilitatorCandidates(group.getOrganisationId());
    }

    @Transactional
    public void assignFacilitator(long groupId, long facilitatorUserId) {
        Group group = administeredGroup(groupId);
        access.assignFacilitator(ref(group), group.getName(), facilitatorUserId);
    }

    @Transactional
    public void unassignFacilitator(long groupId, long facilitatorUserId) {
        Group group = administeredGroup(groupId);
        access.unassignFacilitator(ref(group), group.getName(), facilitatorUserId);
    }

    /**
     * The access gate for every feature above this one: refuses (as "not found") unless the current
     * user may work with the group, and says which group and organisation it is. Loads no members.
     */
    @Transactional(readOnly = true)
    public GroupRef requireAccess(long groupId) {
        return ref(permittedGroup(groupId));
    }

    /**
     * The same gate as {@link #requireAccess(long)}, for features whose rules depend on the kind of
     * group (a listening group's agreements, the material suited to a group). Loads no members either.
     */
    @Transactional(readOnly = true)
    public TypedGroupRef requireAccessWithType(long groupId) {
        Group group = permittedGroup(groupId);
        return new TypedGroupRef(ref(group), group.getType());
    }

    /**
     * For features above this one (savings, sessions) that need the group's name and members: the
     * same gate as {@link #requireAccess(long)}, then the facts.
     */
    @Transactional(readOnly = true)
    public GroupFacts groupFacts(long groupId) {
        Group group = permittedGroup(groupId);
        return new GroupFacts(
                ref(group),
                group.getName(),
                group.getType(),
                group.getSchedule().day(),
                group.isActive(),
                members.findByGroupIdOrderByDisplayName(groupId).stream()
                        .map(MemberRow::of)
                        .toList(),
                group.screenLanguages());
    }

    /** Does the group have a working officer account? The same gate as {@link #requireAccess(long)}. */
    @Transactional(readOnly = true)
    public boolean hasOfficerAccount(long groupId) {
        return access.hasOfficerAccount(ref(permittedGroup(groupId)));
    }

    private List<Group> groupsIn(GroupScope scope) {
        if (scope instanceof GroupScope.AllGroups) {
            return groups.findAllByOrderByName();
        } else if (scope instanceof GroupScope.OfOrganisation org) {
            return groups.findByOrganisationIdOrderByName(org.organisationId());
        } else if (scope instanceof GroupScope.OnlyGroups only
                && !only.groupIds().isEmpty()) {
            return groups.findByIdInOrderByName(only.groupIds());
        }
        return List.of();
    }

    private Group permittedGroup(long groupId) {
        Group group = groups.findById(groupId).orElseThrow(NotFoundOrNotAllowedException::new);
        access.requireWorkWith(ref(group));
        return group;
    }

    private Group administeredGroup(long groupId) {
        Group group = groups.findById(groupId).orElseThrow(NotFoundOrNotAllowedException::new);
        if (!access.mayAdminister(group.getOrganisationId())) {
            // A facilitator of this group learns no more than a stranger would.
            throw new NotFoundOrNotAllowedException();
        }
        return group;
    }

    private Member memberOf(Group group, long memberId) {
        return members.findById(memberId)
                .filter(m -> m.getGroupId().equals(group.getId()))
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private void requireActive(Group group) {
        if (!group.isActive()) {
            throw InvalidInputException.of("group", "error.group-ended");
        }
    }

    /**
     * The active member whose name is the same as the typed one by the database's rule (the unique
     * index's collation), asked of the database itself so the two can never disagree.
     */
    private @Nullable String activeNameSameAs(long groupId, MemberDetails details, @Nullable Long exceptMemberId) {
        String name = Names.normalise(details.displayName());
        if (name == null) {
            return null;
        }
        return members.findActiveNamesSameAs(groupId, name, exceptMemberId == null ? -1 : exceptMemberId).stream()
                .findFirst()
                .orElse(null);
    }

    /** Another device added the same name a moment ago: the index refused it. */
    private static InvalidInputException nameTaken(MemberDetails details) {
        return InvalidInputException.of(
                "displayName", "error.member-name-taken", Names.normalise(details.displayName()));
    }

    private static GroupRef ref(Group group) {
        return new GroupRef(group.getId(), group.getOrganisationId());
    }
}
