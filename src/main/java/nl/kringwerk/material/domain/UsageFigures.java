package nl.kringwerk.material.domain;

import org.jspecify.annotations.Nullable;

/** How often a piece was used in sessions and how it worked; never which group or who. */
public record UsageFigures(long used, long workedWell, long soSo, long didNotWork) {

    public static final UsageFigures NONE = new UsageFigures(0, 0, 0, 0);

    public UsageFigures plus(@Nullable UseReflection reflection, long count) {
        return new UsageFigures(
                used + count,
                workedWell + (reflection == UseReflection.WORKED_WELL ? count : 0),
                soSo + (reflection == UseReflection.SO_SO ? count : 0),
                didNotWork + (reflection == UseReflection.DID_NOT_WORK ? count : 0));
    }
}
