package nl.kringwerk.base.domain;

/**
 * A word that must be said in the reader's language, passed as an argument of a message (for
 * example the name of a task). The translation provider translates it before formatting; a list
 * of them becomes "a, b and c"-style text joined with commas.
 */
public record TextKey(String key) {}
