package nl.kringwerk.savings.domain;

/** How the group shares what it earned at the end of a cycle. */
public enum InterestShare {
    /** In proportion to each member's savings (the default). */
    BY_SAVINGS,
    /** In proportion to savings x the sessions the money was in the box: money saved early earns more. */
    BY_SAVINGS_AND_TIME
}
