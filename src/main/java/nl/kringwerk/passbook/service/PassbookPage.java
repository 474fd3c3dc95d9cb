package nl.kringwerk.passbook.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.PassbookLine;
import org.jspecify.annotations.Nullable;

/**
 * Her passbook as she reads it with her code: only her own group's current cycle.
 *
 * @param cycleNumber       0 when the group has not started a cycle yet
 * @param receipt           her receipt of the latest closed session, if any
 * @param amountsInMessages she chose that messages (a WhatsApp text) may show amounts
 */
public record PassbookPage(
        String groupName,
        String memberName,
        int cycleNumber,
        boolean sharingOut,
        List<PassbookLine> passbook,
        Money savings,
        @Nullable GoalView goal,
        List<LoanLine> loans,
        @Nullable LocalDate nextSession,
        List<LedgerRow> ledger,
        @Nullable Slip receipt,
        boolean amountsInMessages) {

    public PassbookPage {
        passbook = List.copyOf(passbook);
        loans = List.copyOf(loans);
        ledger = List.copyOf(ledger);
    }

    /** One line of the group's ledger as the table sees it: when, who, what, how much. */
    public record LedgerRow(
            @Nullable LocalDate date,
            @Nullable String memberName,
            EntryKind kind,
            Money amount,
            boolean reversed,
            @Nullable String reason) {}
}
