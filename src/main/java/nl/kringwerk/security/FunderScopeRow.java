package nl.kringwerk.security;

import org.jspecify.annotations.Nullable;

/** One part of what a funder sees: a municipality, or the groups of an organisation. */
public record FunderScopeRow(
        @Nullable String municipality, @Nullable Long organisationId, String label) {}
