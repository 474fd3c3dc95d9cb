package nl.kringwerk.base.cluster;

import java.io.Serializable;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The other instances of the app, if any. On one machine there are none: publishing reaches nobody,
 * a map is a map in this process, a lock is a lock in this process. Clustered, a message reaches every
 * other member once (never the one that published it), a map is shared by all members, and a lock
 * holds across them.
 *
 * <p>Messages and map values cross the network by Java serialization and are accepted only from
 * Kringwerk's own classes (see {@link HazelcastCluster}): keep them small records of plain values.
 */
public interface Cluster {

    /** Whether other instances may exist (for the log and the tests). */
    boolean clustered();

    /** Sends the message to every other instance listening on the topic; this instance does not hear it. */
    void publish(String topic, Serializable message);

    /** Hears what the other instances publish on the topic, on a thread of the cluster's own. */
    <T extends Serializable> void listen(String topic, Class<T> type, Consumer<T> listener);

    /** A map every instance sees the same, kept in memory only (the members' memory, clustered). */
    <K extends Serializable, V extends Serializable> ConcurrentMap<K, V> map(String name);

    /** Runs the work while holding the lock of this key of the map, across all instances. */
    <T> T locked(String map, Serializable key, Supplier<T> work);
}
