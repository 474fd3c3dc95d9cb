package nl.kringwerk.passbook.service;

/** A passbook that was open is no longer valid: the card was renewed, she left, or the group ended. */
public class PassNoLongerValidException extends RuntimeException {

    public PassNoLongerValidException() {
        super("This passbook code is no longer valid");
    }
}
