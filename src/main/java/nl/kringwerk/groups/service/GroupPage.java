package nl.kringwerk.groups.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.groups.domain.GroupDetails;
import nl.kringwerk.security.AccountSummary;
import org.jspecify.annotations.Nullable;

/**
 * Everything the group page shows, read in one permitted call.
 *
 * @param screenLanguages what its members see is in these (the group's screen, the forms they sign)
 */
public record GroupPage(
        long id,
        String organisationName,
        GroupDetails details,
        @Nullable LocalDate endedOn,
        List<MemberRow> members,
        List<AccountSummary> facilitators,
        boolean mayAdminister,
        ScreenLanguages screenLanguages) {

    public boolean isActive() {
        return endedOn == null;
    }

    public List<MemberRow> activeMembers() {
        return members.stream().filter(MemberRow::isActive).toList();
    }

    public List<MemberRow> formerMembers() {
        return members.stream().filter(m -> !m.isActive()).toList();
    }
}
