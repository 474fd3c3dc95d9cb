package nl.kringwerk.rounds.domain;

import java.util.Arrays;

/**
 * The totals of a round: per statement, how many gave each answer. Pure and immutable; adding a
 * tap gives new totals. Nothing in it says who gave which answer.
 */
public final class Tallies {

    /** A statement she passed over (outcome rounds only): not counted. */
    public static final int SKIPPED = -1;

    private final int[][] counts;

    private Tallies(int[][] counts) {
        this.counts = counts;
    }

    public static Tallies empty(int questions, int scale) {
        return new Tallies(new int[questions][scale]);
    }

    public int questions() {
        return counts.length;
    }

    public int scale() {
        return counts[0].length;
    }

    public int count(int question, int answer) {
        return counts[question][answer];
    }

    /** How many gave an answer to this statement (passing it over is not an answer). */
    public int answered(int question) {
        return Arrays.stream(counts[question]).sum();
    }

    /**
     * Whether one tap's answers fit: one per statement, each one of the scale's answers or (when
     * passing over is allowed) {@link #SKIPPED}.
     */
    public boolean fits(int[] answers, boolean skipAllowed) {
        if (answers.length != counts.length) {
            return false;
        }
        for (int a : answers) {
            if (!(a >= 0 && a < scale()) && !(skipAllowed && a == SKIPPED)) {
                return false;
            }
        }
        return true;
    }

    /** These totals with one more tap. */
    public Tallies plus(int[] answers) {
        int[][] next = new int[counts.length][];
        for (int q = 0; q < counts.length; q++) {
            next[q] = counts[q].clone();
            if (answers[q] != SKIPPED) {
                next[q][answers[q]]++;
            }
        }
        return new Tallies(next);
    }

    public static Tallies of(int[][] counts) {
        int[][] copy = new int[counts.length][];
        for (int q = 0; q < counts.length; q++) {
            copy[q] = counts[q].clone();
        }
        return new Tallies(copy);
    }

    /**
     * The three bands the insights add up, whatever the scale: on a 3-point scale the answer itself;
     * on a 5-point scale the two lowest, the middle, the two highest.
     */
    public static int band(int answer, int scale) {
        if (scale == 3) {
            return answer;
        }
        return answer <= 1 ? 0 : answer == 2 ? 1 : 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tallies t && Arrays.deepEquals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(counts);
    }
}
