package nl.kringwerk.base.cluster;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** One instance, the default: nobody else to tell, maps and locks of this process. */
final class InProcessCluster implements Cluster {

    private final Map<String, ConcurrentMap<?, ?>> maps = new ConcurrentHashMap<>();
    private final Map<String, Map<Serializable, ReentrantLock>> locks = new ConcurrentHashMap<>();

    @Override
    public boolean clustered() {
        return false;
    }

    @Override
    public void publish(String topic, Serializable message) {
        // No other instance.
    }

    @Override
    public <T extends Serializable> void listen(String topic, Class<T> type, Consumer<T> listener) {
        // No other instance will speak.
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K extends Serializable, V extends Serializable> ConcurrentMap<K, V> map(String name) {
        return (ConcurrentMap<K, V>) maps.computeIfAbsent(name, n -> new ConcurrentHashMap<K, V>());
    }

    @Override
    public <T> T locked(String map, Serializable key, Supplier<T> work) {
        Map<Serializable, ReentrantLock> ofMap = locks.computeIfAbsent(map, n -> new ConcurrentHashMap<>());
        ReentrantLock lock = ofMap.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            // The lock object stays (a few bytes per key); forgetting it while another waits on it
            // would let a third take a new one beside it.
            lock.unlock();
        }
    }
}
