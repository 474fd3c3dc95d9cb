package nl.kringwerk.papersession.service;

import java.util.List;
import nl.kringwerk.savings.service.PaperSheet;
import org.jspecify.annotations.Nullable;

/**
 * Everything written on the paper forms of one session: the savings part ({@link PaperSheet}), the
 * repayment form and the loans paid out.
 *
 * @param paidOut approved loans that were counted out of the box that evening
 */
public record PaperEntry(PaperSheet sheet, List<Repayment> repayments, List<Long> paidOut) {

    public PaperEntry {
        repayments = List.copyOf(repayments);
        paidOut = List.copyOf(paidOut);
    }

    /** One line of the repayment form; a blank amount means nothing was paid on this loan. */
    public record Repayment(long loanId, @Nullable String amountText) {}
}
