package nl.kringwerk.savings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.Cycle;
import nl.kringwerk.savings.domain.CycleRepository;
import nl.kringwerk.savings.domain.RoleChange;
import nl.kringwerk.savings.domain.RoleChangeRepository;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SavingsSessionRepository;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.sessions.domain.RolePlan;
import nl.kringwerk.sessions.domain.RotationPlanner;
import nl.kringwerk.sessions.domain.SessionRole;
import nl.kringwerk.sessions.service.TaskPreferences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of a savings session (chair, bookkeeper, two counters): a fair suggestion for today,
 * the plan for the coming sessions, and tasks handed over during a session, which are logged.
 * The planning rules themselves are {@link RotationPlanner}'s.
 */
@Service
public class TaskService {

    private final GroupService groups;
    private final SessionScopes scopes;
    private final CycleRepository cycles;
    private final SavingsSessionRepository sessions;
    private final RoleChangeRepository roleChanges;
    private final TaskPreferences preferences;

    TaskService(
            GroupService groups,
            SessionScopes scopes,
            CycleRepository cycles,
            SavingsSessionRepository sessions,
            RoleChangeRepository roleChanges,
            TaskPreferences preferences) {
        this.groups = groups;
        this.scopes = scopes;
        this.cycles = cycles;
        this.sessions = sessions;
        this.roleChanges = roleChanges;
        this.preferences = preferences;
    }

    /**
     * A fair suggestion for today's tasks: the rotation continues from the cycle's earlier sessions,
     * and whoever is not here is replaced by the next one present. Empty when fewer than four are here.
     */
    @Transactional(readOnly = true)
    public Optional<SessionRoles> suggestedRoles(long sessionId) {
        SessionScope c = scopes.of(sessionId);
        List<Long> present = scopes.presentMembers(sessionId);
        if (present.size() < 4) {
            return Optional.empty();
        }
        List<RolePlan> history = sessions.findByCycleIdOrderByPlannedOn(c.cycle.getId()).stream()
                .filter(x -> x.getStatus().wasHeld() && !x.getId().equals(sessionId))
                .map(x -> x.roles().asPlan())
                .toList();
        RolePlan today = RotationPlanner.today(
                activeMembers(c.group),
                present,
                optedOut(c.group.id()),
                history,
                c.cycle.rules().fixedRoles());
        return Optional.of(SessionRoles.of(today));
    }

    /**
     * The tasks: how often each member held each one in all the group's sessions, and the fair plan
     * for the next planned sessions of the cycle, continuing the rotation. The plan is a proposal:
     * on the day, whoever is absent is replaced, and the group may change anything.
     */
    @Transactional(readOnly = true)
    public RoleOverview roles(long groupId, int ahead) {
        GroupFacts group = groups.groupFacts(groupId);
        List<SavingsSession> all = sessions.findByGroupIdOrderByPlannedOn(groupId);
        List<RolePlan> held = all.stream()
                .filter(s -> s.getStatus().wasHeld())
                .map(s -> s.roles().asPlan())
                .toList();
        Map<Long, Map<SessionRole, Integer>> times = new HashMap<>();
        held.forEach(plan -> plan.holders()
                .forEach((role, member) -> times.computeIfAbsent(member, m -> new EnumMap<>(SessionRole.class))
                        .merge(role, 1, Integer::sum)));
        List<RoleOverview.Held> history = group.members().stream()
                .filter(m -> m.isActive() || times.containsKey(m.id()))
                .map(m -> new RoleOverview.Held(m.id(), m.displayName(), times.getOrDefault(m.id(), Map.of())))
                .sorted(Comparator.comparing(RoleOverview.Held::name))
                .toList();
        List<Long> circle = activeMembers(group);
        List<Long> optedOut = optedOut(groupId);
        Optional<Cycle> open = cycles.findByGroupIdAndClosedOnIsNull(groupId);
        List<SavingsSession> ofCycle =
                open.map(c -> sessions.findByCycleIdOrderByPlannedOn(c.getId())).orElse(List.of());
        List<SavingsSession> coming = ofCycle.stream()
                .filter(s -> s.getStatus() == SessionStatus.PLANNED)
                .limit(ahead)
                .toList();
        // With fixed tasks, the first session of the cycle sets them for every session.
        Optional<RolePlan> fixed = open.filter(c -> c.rules().fixedRoles())
                .flatMap(c -> ofCycle.stream()
                        .filter(s -> s.getStatus().wasHeld())
                        .findFirst()
                        .map(s -> s.roles().asPlan()));
        List<RoleOverview.Planned> plan = new ArrayList<>();
        if (!coming.isEmpty() && circle.size() - optedOut.size() >= 4) {
            List<RolePlan> next = RotationPlanner.ahead(circle, optedOut, coming.size(), held, fixed);
            for (int i = 0; i < coming.size(); i++) {
                Map<SessionRole, String> names = new EnumMap<>(SessionRole.class);
                next.get(i).holders().forEach((role, member) -> names.put(role, group.nameOf(member)));
                plan.add(new RoleOverview.Planned(
                        coming.get(i).getId(), coming.get(i).getPlannedOn(), names));
            }
        }
        Map<Long, LocalDate> dates =
                all.stream().collect(Collectors.toMap(SavingsSession::getId, SavingsSession::getPlannedOn));
        List<RoleOverview.Swap> swaps = roleChanges.findBySessionIdInOrderByChangedAt(dates.keySet()).stream()
                .map(rc -> new RoleOverview.Swap(
                        dates.get(rc.getSessionId()),
                        rc.getRole(),
                        rc.getFromMember() == null ? "" : group.nameOf(rc.getFromMember()),
                        group.nameOf(rc.getToMember()),
                        rc.getChangedBy()))
                .toList();
        return new RoleOverview(group.name(), history, plan, swaps);
    }

    /** Tasks handed over during the open session: each change is logged with who made it. */
    @Transactional
    public void changeRoles(long sessionId, SessionRoles roles) {
        SessionScope c = scopes.of(sessionId);
        c.requireOpenSession();
        InvalidInputException.throwIfAny(roles.problems(scopes.presentMembers(sessionId)));
        Map<SessionRole, Long> before = c.session.roles().asPlan().holders();
        Instant now = scopes.now();
        String username = scopes.username();
        roles.asPlan().holders().forEach((role, member) -> {
            if (!member.equals(before.get(role))) {
                roleChanges.save(new RoleChange(sessionId, role, before.get(role), member, now, username));
            }
        });
        c.session.assign(roles);
    }

    private static List<Long> activeMembers(GroupFacts group) {
        return group.members().stream()
                .filter(m -> m.isActive())
                .map(m -> m.id())
                .toList();
    }

    private List<Long> optedOut(long groupId) {
        return List.copyOf(preferences.optedOut(groupId));
    }
}
