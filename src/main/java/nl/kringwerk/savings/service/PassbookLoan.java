package nl.kringwerk.savings.service;

import java.time.LocalDate;
import nl.kringwerk.base.domain.Money;
import org.jspecify.annotations.Nullable;

/**
 * One loan of a member as her passbook shows it (issue 19). Savings does not know loans: the loans
 * feature hands these over through {@link PassbookLoans}.
 *
 * @param outOn     the date of the session where the money went out
 * @param repaid    what she paid back (interest included), and what the share-out settled
 * @param owed      what she still has to pay back
 * @param overdue   instalments whose date has passed and that are not paid (achterstand)
 * @param nextDue   the date of the next payment; null when nothing is owed
 * @param nextAmount what is to be paid by {@code nextDue}, arrears included
 */
public record PassbookLoan(
        @Nullable LocalDate outOn,
        Money amount,
        Money repaid,
        Money owed,
        Money overdue,
        @Nullable LocalDate nextDue,
        Money nextAmount) {}
