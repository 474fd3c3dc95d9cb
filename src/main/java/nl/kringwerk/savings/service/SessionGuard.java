package nl.kringwerk.savings.service;

/**
 * Another feature's say before a savings session changes under something of its own that still runs
 * (a secret round: rounds stand on top of savings, so savings knows only this hook, never the
 * rounds). Each method throws an {@code InvalidInputException} to refuse, before anything is
 * written; {@link SessionService} asks every guard bean.
 */
public interface SessionGuard {

    /** The chair closes the session. */
    default void beforeClose(long sessionId) {}

    /** A member who is present is marked absent or excused. */
    default void beforeLeaving(long sessionId, long memberId) {}
}
