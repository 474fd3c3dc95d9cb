package nl.kringwerk.security;

import org.jspecify.annotations.Nullable;

/**
 * What the person who makes an account fills in. An officer (chair or bookkeeper) is linked to an
 * active member of a group of the organisation: {@code memberId}.
 */
public record NewAccount(
        String username,
        String displayName,
        @Nullable Role role,
        @Nullable Long organisationId,
        @Nullable Long memberId) {}
