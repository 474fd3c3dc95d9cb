package nl.kringwerk.sessions.service;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.TaskOptOut;
import nl.kringwerk.sessions.domain.TaskOptOutRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who asked not to take a task in the rotation. Nobody has to; the plan skips her. */
@Service
public class TaskPreferences {

    private final GroupService groups;
    private final TaskOptOutRepository optOuts;
    private final CurrentUser currentUser;
    private final Clock clock;

    TaskPreferences(GroupService groups, TaskOptOutRepository optOuts, CurrentUser currentUser, Clock clock) {
        this.groups = groups;
        this.optOuts = optOuts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Set<Long> optedOut(long groupId) {
        groups.requireAccess(groupId);
        return optOuts.findByGroupId(groupId).stream()
                .map(TaskOptOut::getMemberId)
                .collect(Collectors.toSet());
    }

    @Transactional
    public void setOptedOut(long groupId, long memberId, boolean optedOut) {
        GroupFacts group = groups.groupFacts(groupId);
        if (group.members().stream().noneMatch(m -> m.id() == memberId)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (optedOut && !optOuts.existsById(memberId)) {
            optOuts.save(new TaskOptOut(
                    memberId, groupId, clock.instant(), currentUser.require().getUsername()));
        } else if (!optedOut) {
            optOuts.deleteById(memberId);
        }
    }
}
