package nl.kringwerk.savings.service;

import java.util.UUID;

/** Idempotency keys: one per confirmation, made when the dialog opens and sent with the "yes". */
final class BookingKeys {

    private BookingKeys() {}

    static String fresh() {
        return UUID.randomUUID().toString();
    }
}
