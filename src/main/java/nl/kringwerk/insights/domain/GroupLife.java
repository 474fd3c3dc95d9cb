package nl.kringwerk.insights.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A group's place and life as the insights see it: no name, no members, only where and when, and its
 * record key ({@link CellKey}).
 */
public record GroupLife(
        long groupId,
        long organisationId,
        String municipality,
        String type,
        LocalDate startedOn,
        @Nullable LocalDate endedOn,
        int membersEver,
        long recordKey) {}
