package nl.kringwerk.papersession.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.savings.service.EntryLine;
import org.jspecify.annotations.Nullable;

/**
 * What the catch-up screen shows for one session: the members, the loans on the repayment form,
 * the forms as entered by the first person (waiting for a second) or the booking once it is done.
 *
 * @param socialFund the social fund's contribution per session, null when the group has none
 */
public record PaperForm(
        long sessionId,
        long groupId,
        String groupName,
        LocalDate date,
        List<MemberRow> members,
        List<LoanOnForm> loansOut,
        List<LoanOnForm> approved,
        @Nullable Money socialFund,
        Money maxDeposit,
        Optional<Draft> draft,
        Optional<EntryLine> booked) {

    /** A loan on the repayment form: what she owes now, or what is to be paid out. */
    public record LoanOnForm(long loanId, long memberId, String memberName, Money amount) {}

    /**
     * The forms as entered, waiting for a second person.
     *
     * @param version sent back with the confirmation, so nobody confirms forms she did not see
     * @param mine the person signed in entered them herself, so she cannot confirm them
     */
    public record Draft(PaperEntry entry, String enteredBy, Instant enteredAt, long version, boolean mine) {}
}
