package nl.kringwerk.savings.domain;

public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    /** Let the group know she could not come (afgemeld). */
    EXCUSED
}
