package nl.kringwerk.groups.service;

import java.time.DayOfWeek;
import java.util.List;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.security.GroupRef;

/**
 * What features above groups (savings, sessions) need of a group they were allowed to open.
 *
 * @param screenLanguages what its members see is in these (the group's screen, the forms they sign)
 */
public record GroupFacts(
        GroupRef ref,
        String name,
        GroupType type,
        DayOfWeek meetingDay,
        boolean active,
        List<MemberRow> members,
        ScreenLanguages screenLanguages) {

    public long id() {
        return ref.groupId();
    }

    public boolean hasActiveMember(long memberId) {
        return members.stream().anyMatch(m -> m.id() == memberId && m.isActive());
    }

    public String nameOf(long memberId) {
        return members.stream()
                .filter(m -> m.id() == memberId)
                .map(MemberRow::displayName)
                .findFirst()
                .orElse("?");
    }
}
