package nl.kringwerk.savings.service;

import nl.kringwerk.savings.domain.AttendanceStatus;
import org.jspecify.annotations.Nullable;

/** @param status null while nobody has marked her yet */
public record AttendanceLine(
        long memberId, String name, @Nullable AttendanceStatus status, boolean signed) {

    public boolean isPresent() {
        return status == AttendanceStatus.PRESENT;
    }
}
