package nl.kringwerk.material.domain;

/** How a piece of material worked in a session, in one tap. Never who said so in the group. */
public enum UseReflection {
    WORKED_WELL,
    SO_SO,
    DID_NOT_WORK
}
