package nl.kringwerk.insights.domain;

/**
 * The cell key method (ABS TableBuilder; Giessing and Tent for the German census 2022): every group
 * and every person has a fixed random record key in [0, 2^32); a figure's cell key is the sum of the
 * keys of exactly the units it counts, modulo 2^32, as a fraction in [0, 1). Its noise is read from a
 * perturbation table: a triangular distribution on -max..max (weight max + 1 - |noise|), so zero on
 * average, never more than max. The same set of units always gives the same key, and so the same
 * noise, whoever asks and whatever the filter: asking again or in another way averages nothing away,
 * and the difference of two overlapping figures stays noisy instead of cancelling.
 * <p>
 * Different figures about the same units (active groups and their sessions, say) read the table at
 * a different place (the key shifted by the figure's number times the golden ratio), so their noises
 * are not the same.
 */
public final class CellKey {

    private static final double TWO_TO_32 = 4294967296.0;
    private static final double GOLDEN = 0.6180339887498949;

    private CellKey() {}

    /** The cell key of units whose record keys add up to this. */
    public static double of(long keySum) {
        return (keySum & 0xFFFFFFFFL) / TWO_TO_32;
    }

    /** The noise, in -max..max, for figure number {@code figure} of units with this key sum. */
    public static int noise(long keySum, int figure, int max) {
        double u = of(keySum) + figure * GOLDEN;
        u -= Math.floor(u);
        long total = (long) (max + 1) * (max + 1);
        double target = u * total;
        long cumulative = 0;
        for (int e = -max; e < max; e++) {
            cumulative += max + 1 - Math.abs(e);
            if (target < cumulative) {
                return e;
            }
        }
        return max;
    }

    /** A count with its noise: of groups (max {@link Protection#MAX_NOISE_GROUPS}) or people. */
    public static long count(long value, long keySum, int figure, int max) {
        return Math.max(0, value + noise(keySum, figure, max));
    }

    /**
     * A total (sessions, loans, cents) over this many groups with its noise: at most what
     * {@link Protection#MAX_NOISE_SUM_GROUPS} average group adds, in steps of a fifth of that.
     */
    public static long sum(long value, long groups, long keySum, int figure) {
        if (groups <= 0) {
            return value;
        }
        int steps = 5;
        double average = (double) value / groups * Protection.MAX_NOISE_SUM_GROUPS;
        return Math.round(value + noise(keySum, figure, steps) * average / steps);
    }

    /** A percentage with its noise (max {@link Protection#MAX_NOISE_POINTS} points), kept within 0-100. */
    public static long percent(double percent, long keySum, int figure) {
        long noisy = Math.round(percent) + noise(keySum, figure, Protection.MAX_NOISE_POINTS);
        return Math.max(0, Math.min(100, noisy));
    }
}
