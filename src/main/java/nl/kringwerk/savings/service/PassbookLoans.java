package nl.kringwerk.savings.service;

import java.util.List;

/**
 * A member's loans of the group's current cycle for her passbook, supplied by the loans feature so
 * that savings never depends on it. Behind the group's gate.
 */
public interface PassbookLoans {

    /** Her loans that went out in the current cycle, in the order she asked for them. */
    List<PassbookLoan> of(long groupId, long memberId);
}
