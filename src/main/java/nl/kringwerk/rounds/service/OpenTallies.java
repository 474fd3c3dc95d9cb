package nl.kringwerk.rounds.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.kringwerk.rounds.domain.Tallies;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The totals of the rounds that run, kept in memory only. A tap writes who tapped to the database
 * and its answer here, so that no row (nor the database's undo or binary log) ever pairs the two;
 * the totals reach the database once, when the round ends. A server that stops loses them: the
 * round then ends without totals ({@code LOST}) and can be held again.
 */
@Component
class OpenTallies {

    private final Map<Long, Tallies> open = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    @Nullable
    Tallies of(long roundId) {
        return open.get(roundId);
    }

    void put(long roundId, Tallies tallies) {
        open.put(roundId, tallies);
    }

    void forget(long roundId) {
        open.remove(roundId);
        locks.remove(roundId);
    }

    /** One tap or ending at a time per round, in this server. */
    Object lockOf(long roundId) {
        return locks.computeIfAbsent(roundId, id -> new Object());
    }
}
