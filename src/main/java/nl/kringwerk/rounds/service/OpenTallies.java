package nl.kringwerk.rounds.service;

import java.io.Serializable;
import java.util.Map;
import java.util.function.Supplier;
import nl.kringwerk.base.cluster.Cluster;
import nl.kringwerk.rounds.domain.Tallies;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The totals of the rounds that run, kept in memory only. A tap writes who tapped to the database
 * and its answer here, so that no row (nor the database's undo or binary log) ever pairs the two;
 * the totals reach the database once, when the round ends. A server that stops loses them: the
 * round then ends without totals ({@code LOST}) and can be held again.
 *
 * <p>Several instances (issue 22): the totals live in a {@link Cluster} map, so a round opened on one
 * instance can be tapped on another (a tablet whose sticky instance stopped goes on at the next).
 * On one machine that is a map in this process; clustered, a Hazelcast map in the members' memory
 * (with a backup copy on a second member), still never in a database. Taps of one round take turns
 * under the map's lock of that round, across instances.
 */
@Component
class OpenTallies {

    private static final String MAP = "kringwerk.secret-round-tallies";

    private final Cluster cluster;
    private final Map<Long, Counts> open;

    OpenTallies(Cluster cluster) {
        this.cluster = cluster;
        this.open = cluster.map(MAP);
    }

    /**
     * The totals of the round's {@code taps} taps so far (as the database counts them), or null when they
     * are gone or hold another number of taps: an instance that stopped between a tap's commit and
     * putting its totals here left them one answer short, and such totals are as lost as none.
     */
    @Nullable
    Tallies of(long roundId, int taps) {
        Counts counts = open.get(roundId);
        return counts == null || counts.taps() != taps ? null : counts.tallies();
    }

    void put(long roundId, Tallies tallies, int taps) {
        open.put(roundId, Counts.of(tallies, taps));
    }

    void forget(long roundId) {
        open.remove(roundId);
    }

    /** One tap or ending at a time per round, in every instance. */
    <T> T locked(long roundId, Supplier<T> work) {
        return cluster.locked(MAP, roundId, work);
    }

    /** The totals as they travel: counts[question * scale + answer], after {@code taps} taps. */
    record Counts(int questions, int scale, int[] counts, int taps) implements Serializable {

        static Counts of(Tallies tallies, int taps) {
            int[] counts = new int[tallies.questions() * tallies.scale()];
            for (int q = 0; q < tallies.questions(); q++) {
                for (int a = 0; a < tallies.scale(); a++) {
                    counts[q * tallies.scale() + a] = tallies.count(q, a);
                }
            }
            return new Counts(tallies.questions(), tallies.scale(), counts, taps);
        }

        Tallies tallies() {
            int[][] table = new int[questions][scale];
            for (int q = 0; q < questions; q++) {
                System.arraycopy(counts, q * scale, table[q], 0, scale);
            }
            return Tallies.of(table);
        }
    }
}
