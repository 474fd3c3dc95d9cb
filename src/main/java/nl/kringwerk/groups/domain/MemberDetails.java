package nl.kringwerk.groups.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A member's details as typed: phone and e-mail are optional, the date may not be chosen yet. Only a
 * first name or nickname: we keep as little as we can.
 */
public record MemberDetails(
        String displayName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable LocalDate joinedOn) {}
