package nl.kringwerk.groups.domain;

import java.time.LocalDate;

/** A member's details as typed. Only a first name or nickname: we keep as little as we can. */
public record MemberDetails(String displayName, String phone, String email, LocalDate joinedOn) {}
