package nl.kringwerk.groups.service;

/**
 * A member's own read access, proven by her personal code (her passbook card) instead of an account.
 * It opens exactly one member's records in exactly one group, read-only. Only the passbook's code
 * service makes one, after the code's hash matched ({@code ArchitectureTest} enforces it); every
 * reader that takes a pass checks it again through {@link MemberPassAccess#facts(MemberPass)}.
 *
 * @param codeId the personal code that proved it, so a renewed code ends every pass it made
 */
public record MemberPass(long groupId, long memberId, long codeId) {}
