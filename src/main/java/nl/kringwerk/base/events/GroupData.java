package nl.kringwerk.base.events;

import org.jspecify.annotations.Nullable;

/**
 * Marks an entity whose changes change a group's aggregate figures (its life, members, sessions,
 * cycles, money, loans). When one is written, the insights summary of that group is brought up to
 * date in the same transaction. The entity only says which group it belongs to.
 */
public interface GroupData {

    /** The group this row belongs to; null while it is not known yet. */
    @Nullable
    Long groupIdForInsights();
}
