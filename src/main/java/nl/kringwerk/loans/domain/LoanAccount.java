package nl.kringwerk.loans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import org.jspecify.annotations.Nullable;

/**
 * A loan's position, derived from the decision and the journal lines that carry its id: paid out
 * (a live LOAN_OUT), paid back (repayments net of their reversals), settled at the share-out.
 *
 * @param owed      what she still has to pay back, interest included
 * @param overdue   instalments whose date has passed and that are not yet paid (achterstand)
 * @param dueByNext what should be paid by the next session, overdue included
 */
public record LoanAccount(
        LoanStatus status,
        LoanTerms terms,
        @Nullable LocalDate disbursedOn,
        Money paid,
        Money interestPaid,
        Money settled,
        Money owed,
        Money overdue,
        Money dueByNext,
        List<Instalment> schedule) {

    public record Instalment(LocalDate due, Money amount) {}

    /**
     * @param lines       the journal lines with this loan's id, in journal order
     * @param ledger      the cycle's replayed ledger (to see which lines are reversed)
     * @param disbursedOn the date of the session where the money went out; null when not yet
     * @param nextSession the next planned session, null when none is left
     */
    public static LoanAccount of(
            Loan.Decision decision,
            LoanTerms terms,
            List<LedgerLine> lines,
            Ledger ledger,
            @Nullable LocalDate disbursedOn,
            int weeksBetweenSessions,
            LocalDate today,
            @Nullable LocalDate nextSession) {
        boolean out = false;
        Money paid = Money.ZERO;
        Money interestPaid = Money.ZERO;
        Money settled = Money.ZERO;
        for (LedgerLine line : lines) {
            EntryKind kind = ledger.accountedAs(line);
            if (kind == EntryKind.LOAN_OUT && line.kind() == EntryKind.LOAN_OUT && !ledger.isReversed(line.id())) {
                out = true;
            } else if (kind == EntryKind.LOAN_REPAYMENT) {
                paid = paid.plus(line.amount());
                interestPaid = interestPaid.plus(line.interest());
            } else if (kind == EntryKind.LOAN_SETTLED) {
                settled = settled.plus(line.amount());
            }
        }
        if (!out) {
            LoanStatus status = switch (decision) {
                case REQUESTED -> LoanStatus.REQUESTED;
                case DECLINED -> LoanStatus.DECLINED;
                case APPROVED -> LoanStatus.APPROVED;
            };
            return new LoanAccount(
                    status,
                    terms,
                    null,
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO,
                    Money.ZERO,
                    List.of());
        }
        Money owed = terms.total().minus(paid).minus(settled);
        List<Instalment> schedule = schedule(terms, disbursedOn, weeksBetweenSessions);
        Money overdue = dueBefore(schedule, today, false).minus(paid).max(Money.ZERO);
        Money dueByNext = (nextSession == null
                        ? owed
                        : dueBefore(schedule, nextSession, true).minus(paid))
                .max(Money.ZERO)
                .min(owed);
        LoanStatus status;
        if (settled.isPositive()) {
            status = LoanStatus.SETTLED;
        } else if (owed.isZero()) {
            status = LoanStatus.REPAID;
        } else if (overdue.isPositive()) {
            status = LoanStatus.IN_ARREARS;
        } else {
            status = LoanStatus.DISBURSED;
        }
        return new LoanAccount(
                status,
                terms,
                disbursedOn,
                paid,
                interestPaid,
                settled,
                owed,
                owed.isZero() ? Money.ZERO : overdue,
                owed.isZero() ? Money.ZERO : dueByNext,
                schedule);
    }

    /** Interest that is still due: repayments pay interest first, then principal. */
    public Money interestDue() {
        return terms.interest().minus(interestPaid).max(Money.ZERO);
    }

    public Money principalDue() {
        return owed.minus(interestDue());
    }

    /**
     * One payment at the end of the term, or equal instalments one per session after the payout;
     * cents that do not divide go to the first instalments.
     */
    public static List<Instalment> schedule(LoanTerms terms, LocalDate disbursedOn, int weeksBetweenSessions) {
        List<Instalment> schedule = new ArrayList<>();
        if (terms.instalments() <= 1) {
            schedule.add(new Instalment(disbursedOn.plusWeeks(terms.weeks()), terms.total()));
            return List.copyOf(schedule);
        }
        List<Money> amounts = LoanRules.instalments(terms.total(), terms.instalments());
        for (int i = 0; i < amounts.size(); i++) {
            schedule.add(new Instalment(disbursedOn.plusWeeks((long) (i + 1) * weeksBetweenSessions), amounts.get(i)));
        }
        return List.copyOf(schedule);
    }

    private static Money dueBefore(List<Instalment> schedule, LocalDate day, boolean inclusive) {
        return schedule.stream()
                .filter(i -> i.due().isBefore(day) || (inclusive && i.due().isEqual(day)))
                .map(Instalment::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
