package nl.kringwerk.base.domain;

/**
 * The one answer for "does not exist" and "not yours": the caller must not learn which it was.
 */
public class NotFoundOrNotAllowedException extends RuntimeException {

    public NotFoundOrNotAllowedException() {
        super("Not found or not allowed");
    }
}
