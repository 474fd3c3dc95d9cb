package nl.kringwerk.insights.domain;

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
        long closingGroups) {

    /** How many numbers an {@code Outcomes} holds. */
    public static final int SIZE = 15;

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
                v[from + 14]);
    }

    public long[] values() {
        return new long[] {
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
