package nl.kringwerk.savings.service;

import nl.kringwerk.savings.domain.AttendanceStatus;

/** @param status null while nobody has marked her yet */
public record AttendanceLine(long memberId, String name, AttendanceStatus status, boolean signed) {

    public boolean isPresent() {
        return status == AttendanceStatus.PRESENT;
    }
}
