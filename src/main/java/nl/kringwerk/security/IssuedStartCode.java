package nl.kringwerk.security;

import java.time.Instant;

/** A start code just made: shown once to the person who made it, then only its hash is left. */
public record IssuedStartCode(long accountId, String username, String displayName, String code, Instant validUntil) {}
