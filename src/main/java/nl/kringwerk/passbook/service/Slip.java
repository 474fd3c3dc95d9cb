package nl.kringwerk.passbook.service;

import java.time.LocalDate;
import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * One member's receipt (bonnetje) of one session.
 *
 * @param savedToday what she saved at this session
 * @param total      her savings in the cycle
 * @param loanOwed   what she still owes on her loans, interest included
 */
public record Slip(
        String groupName,
        String memberName,
        LocalDate date,
        Money savedToday,
        Money total,
        Money loanOwed,
        @Nullable LocalDate nextSession) {}
