package nl.kringwerk.base.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.io.Serializable;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several instances over Hazelcast's embedded cluster: a topic per kind of message (a reliable-enough
 * fire-and-forget: a member that is away misses it, as a screen that is away misses a push), an
 * {@link IMap} per shared map, and the map's own key lock for {@link #locked}.
 */
final class HazelcastCluster implements Cluster {

    private static final Logger log = LoggerFactory.getLogger(HazelcastCluster.class);

    private final HazelcastInstance hazelcast;

    HazelcastCluster(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public boolean clustered() {
        return true;
    }

    @Override
    public void publish(String topic, Serializable message) {
        hazelcast.getTopic(topic).publish(message);
    }

    @Override
    public <T extends Serializable> void listen(String topic, Class<T> type, Consumer<T> listener) {
        ITopic<Object> messages = hazelcast.getTopic(topic);
        messages.addMessageListener(message -> {
            // Delivered to every member, the publisher too: that one told its own screens already.
            if (message.getPublishingMember() != null
                    && message.getPublishingMember().localMember()) {
                return;
            }
            Object body = message.getMessageObject();
            if (!type.isInstance(body)) {
                log.warn("Cluster topic {}: ignored a {}", topic, body == null ? null : body.getClass());
                return;
            }
            try {
                listener.accept(type.cast(body));
            } catch (RuntimeException e) {
                log.warn("Cluster topic {}: a listener failed ({})", topic, e.toString());
            }
        });
    }

    @Override
    public <K extends Serializable, V extends Serializable> ConcurrentMap<K, V> map(String name) {
        return hazelcast.getMap(name);
    }

    @Override
    public <T> T locked(String map, Serializable key, Supplier<T> work) {
        IMap<Serializable, Serializable> imap = hazelcast.getMap(map);
        imap.lock(key);
        try {
            return work.get();
        } finally {
            imap.unlock(key);
        }
    }
}
