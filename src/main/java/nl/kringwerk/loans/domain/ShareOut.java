package nl.kringwerk.loans.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.InterestShare;

/**
 * The end-of-cycle uitbetaling. Every member gets her own savings back plus her share of what the
 * group earned (interest, and any cash difference, which can be negative), minus a loan that is
 * still open. The rule, to the cent:
 *
 * <pre>
 *   distributable = box - social fund + open loan balances   (open loans count as if repaid)
 *   surplus       = distributable - total savings             (interest earned +/- cash differences)
 *   share_i       = largest-remainder allocation of surplus over the weights
 *   payout_i      = savings_i + share_i - open loan_i
 *   sum(payout_i) = box - social fund                          exactly
 * </pre>
 *
 * Weights are each member's savings (the default) or savings x time held (a group option: money
 * saved early earned more). A payout below zero means the member still has to pay that amount in.
 */
public final class ShareOut {

    /**
     * @param savings       each member's own savings in the cycle (a member may have saved nothing)
     * @param weightByTime  each member's savings x sessions held, used only with SAVINGS_TIMES_TIME
     * @param openLoans     what each member still owes on an open loan (principal and interest due)
     */
    public record Input(
            Map<Long, Money> savings,
            Map<Long, Long> weightByTime,
            Map<Long, Money> openLoans,
            Money box,
            Money socialFund,
            InterestShare basis) {}

    public record Line(long memberId, Money savings, Money share, Money loanSettled, Money payout) {}

    public record Result(List<Line> lines, Money distributable, Money surplus) {

        public Money totalPayout() {
            return lines.stream().map(Line::payout).reduce(Money.ZERO, Money::plus);
        }
    }

    /** A deposit (or its reversal, at the position of the deposit it cancels) at a session of the cycle. */
    public record Deposit(long memberId, Money amount, int sessionPosition) {}

    private ShareOut() {}

    /**
     * Savings x time held: each deposit weighs its cents times the sessions it was in the box,
     * counting the session where it was saved and the share-out session (position 1 is the
     * cycle's first session).
     */
    public static Map<Long, Long> weightsByTime(List<Deposit> deposits, int shareOutPosition) {
        Map<Long, Long> weights = new HashMap<>();
        for (Deposit d : deposits) {
            long held = Math.max(1, shareOutPosition - d.sessionPosition() + 1);
            weights.merge(d.memberId(), Math.multiplyExact(d.amount().cents(), held), Math::addExact);
        }
        return weights;
    }

    public static Result calculate(Input input) {
        Money openLoans = input.openLoans().values().stream().reduce(Money.ZERO, Money::plus);
        Money totalSavings = input.savings().values().stream().reduce(Money.ZERO, Money::plus);
        Money distributable = input.box().minus(input.socialFund()).plus(openLoans);
        Money surplus = distributable.minus(totalSavings);

        List<Long> members = new ArrayList<>(input.savings().keySet());
        members.sort(Long::compare);
        long[] weights = members.stream().mapToLong(m -> weight(input, m)).toArray();
        List<Money> shares = shares(surplus, weights);

        Map<Long, Line> lines = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            Money own = input.savings().get(member);
            Money loan = input.openLoans().getOrDefault(member, Money.ZERO);
            Money share = shares.get(i);
            lines.put(member, new Line(member, own, share, loan, own.plus(share).minus(loan)));
        }
        return new Result(List.copyOf(lines.values()), distributable, surplus);
    }

    private static long weight(Input input, long member) {
        if (input.basis() == InterestShare.BY_SAVINGS_AND_TIME) {
            return Math.max(0, input.weightByTime().getOrDefault(member, 0L));
        }
        return Math.max(0, input.savings().get(member).cents());
    }

    /** Nobody saved anything: the surplus (if any) is shared equally. */
    private static List<Money> shares(Money surplus, long[] weights) {
        if (weights.length == 0) {
            return List.of();
        }
        boolean anyWeight = Arrays.stream(weights).anyMatch(w -> w > 0);
        if (!anyWeight) {
            Arrays.fill(weights, 1);
        }
        return surplus.allocate(weights);
    }
}
