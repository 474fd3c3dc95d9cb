package nl.kringwerk.savings.domain;

/** Where a journal entry comes from. */
public enum EntrySource {
    /** Counted at the table and confirmed in the app. */
    LIVE,
    /** Written on the paper forms at the table and entered afterwards by two people. */
    PAPER
}
