package nl.kringwerk.passbook.domain;

/** The pictures a savings goal can carry: chosen by tapping, no typing needed. */
public enum Pictogram {
    TRIP,
    HOME,
    CHILDREN,
    SCHOOL,
    HEALTH,
    CLOTHES,
    CELEBRATION,
    TREAT,
    RAINY_DAY,
    OTHER
}
