package nl.kringwerk.insights.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What the secret rounds add to the figures of a group, or of many groups, in a period: the outcome
 * answers at the first and at the last session of a cycle, in three bands (on a 5-point scale the
 * two lowest, the middle, the two highest), and a listening group's closing taps. Only counts; no
 * round ever kept who answered what.
 *
 * @param startPeople   people the start answers rest on: per group the most who tapped in one round
 *                      (so never more than the people there were); added up over groups
 * @param startGroups   groups with start answers in the period
 * @param closingPeople people the closing taps rest on, the same way
 * @param statements    the outcome answers per statement (V091): for each of the five statements, the
 *                      start's three bands and then the end's ({@link #statement}); they rest on the
 *                      same people and groups as the start and end answers over all five
 */
public record Outcomes(
        long startLow,
        long startMid,
        long startHigh,
        long startPeople,
        long startGroups,
        long endLow,
        long endMid,
        long endHigh,
        long endPeople,
        long endGroups,
        long lighter,
        long same,
        long heavier,
        long closingPeople,
        long closingGroups,
        List<Long> statements) {

    /** The outcome statements. */
    public static final int STATEMENTS = 5;

    /** The numbers before the per-statement bands. */
    private static final int OVERALL = 15;

    /** Per statement: three bands at the start, three at the end. */
    private static final int PER_STATEMENT = 6;

    /** How many numbers an {@code Outcomes} holds. */
    public static final int SIZE = OVERALL + STATEMENTS * PER_STATEMENT;

    public Outcomes {
        statements = List.copyOf(statements);
        if (statements.size() != STATEMENTS * PER_STATEMENT) {
            throw new IllegalArgumentException("Per statement: " + statements.size());
        }
    }

    public static final Outcomes NONE = of(new long[SIZE], 0);

    /** From the numbers in the order of the components, starting at {@code from}. */
    public static Outcomes of(long[] v, int from) {
        return new Outcomes(
                v[from],
                v[from + 1],
                v[from + 2],
                v[from + 3],
                v[from + 4],
                v[from + 5],
                v[from + 6],
                v[from + 7],
                v[from + 8],
                v[from + 9],
                v[from + 10],
                v[from + 11],
                v[from + 12],
                v[from + 13],
                v[from + 14],
                Arrays.stream(v, from + OVERALL, from + SIZE).boxed().toList());
    }

    /**
     * The answers to one statement in one band.
     *
     * @param end  the end of the cycle, else its start
     * @param band 0 low, 1 middle, 2 high
     */
    public long statement(int question, boolean end, int band) {
        return statements.get(question * PER_STATEMENT + (end ? 3 : 0) + band);
    }

    /** The answers to one statement, at the start or the end, over the three bands. */
    public long statementAnswers(int question, boolean end) {
        return statement(question, end, 0) + statement(question, end, 1) + statement(question, end, 2);
    }

    public long[] values() {
        long[] overall = {
            startLow,
            startMid,
            startHigh,
            startPeople,
            startGroups,
            endLow,
            endMid,
            endHigh,
            endPeople,
            endGroups,
            lighter,
            same,
            heavier,
            closingPeople,
            closingGroups
        };
        long[] v = Arrays.copyOf(overall, SIZE);
        for (int i = 0; i < statements.size(); i++) {
            v[OVERALL + i] = statements.get(i);
        }
        return v;
    }

    public Outcomes plus(Outcomes o) {
        long[] a = values();
        long[] b = o.values();
        for (int i = 0; i < SIZE; i++) {
            a[i] += b[i];
        }
        return of(a, 0);
    }

    public long startAnswers() {
        return startLow + startMid + startHigh;
    }

    public long endAnswers() {
        return endLow + endMid + endHigh;
    }

    public long closingTaps() {
        return lighter + same + heavier;
    }
}
