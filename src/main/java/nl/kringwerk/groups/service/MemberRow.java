package nl.kringwerk.groups.service;

import java.time.LocalDate;
import nl.kringwerk.groups.domain.Member;
import nl.kringwerk.groups.domain.MemberDetails;
import org.jspecify.annotations.Nullable;

public record MemberRow(
        long id,
        String displayName,
        @Nullable String phone,
        @Nullable String email,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn) {

    static MemberRow of(Member m) {
        return new MemberRow(m.getId(), m.getDisplayName(), m.getPhone(), m.getEmail(), m.getJoinedOn(), m.getLeftOn());
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public MemberDetails details() {
        return new MemberDetails(displayName, phone, email, joinedOn);
    }
}
