package nl.kringwerk.base.cluster;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One instance (the default) or several: {@code kringwerk.cluster.enabled=true} makes this instance a
 * member of a Hazelcast cluster that finds its members by TCP/IP at the addresses given (no multicast,
 * no cloud discovery, no phone-home to Hazelcast). The members trust each other: keep the cluster port
 * on a private network (README, "Twee of meer instanties").
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "kringwerk.cluster.enabled", havingValue = "false", matchIfMissing = true)
    Cluster inProcessCluster() {
        return new InProcessCluster();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "kringwerk.cluster.enabled", havingValue = "true")
    static class Clustered {

        @Bean(destroyMethod = "shutdown")
        HazelcastInstance kringwerkHazelcast(
                @Value("${kringwerk.cluster.name:kringwerk}") String name,
                @Value("${kringwerk.cluster.port:5701}") int port,
                @Value("${kringwerk.cluster.members:127.0.0.1}") List<String> members,
                @Value("${kringwerk.cluster.interface:}") String networkInterface,
                @Value("${kringwerk.cluster.join-timeout-seconds:5}") int joinTimeoutSeconds) {
            Config config = new Config();
            config.setClusterName(name);
            config.setInstanceName(name + "-" + port);
            config.setProperty("hazelcast.phone.home.enabled", "false");
            config.setProperty("hazelcast.logging.type", "slf4j");
            // Spring ends the member when the application stops (destroyMethod), not a JVM hook of its own.
            config.setProperty("hazelcast.shutdownhook.enabled", "false");
            config.setProperty("hazelcast.wait.seconds.before.join", "1");
            NetworkConfig network = config.getNetworkConfig();
            network.setPort(port).setPortAutoIncrement(false);
            network.getRestApiConfig().setEnabled(false);
            // Open-source Hazelcast members do not authenticate each other, and a round's totals cross
            // the cluster port: it listens on the one private address given, never on every address.
            if (networkInterface.isBlank()) {
                throw new IllegalStateException("kringwerk.cluster.enabled is true but KRINGWERK_CLUSTER_INTERFACE"
                        + " (kringwerk.cluster.interface) is not set: give the private address the cluster port"
                        + " may listen on (README, 'Twee of meer instanties')");
            }
            config.setProperty("hazelcast.socket.bind.any", "false");
            network.getInterfaces().setEnabled(true).addInterface(networkInterface.trim());
            JoinConfig join = network.getJoin();
            join.getMulticastConfig().setEnabled(false);
            join.getAutoDetectionConfig().setEnabled(false);
            join.getTcpIpConfig()
                    .setEnabled(true)
                    .setConnectionTimeoutSeconds(joinTimeoutSeconds)
                    .setMembers(members.stream().map(String::trim).toList());
            // Messages and shared values are Java-serialized: accept Kringwerk's own classes only (and
            // what their records are made of), not Hazelcast's default list, which lets in all of java.*.
            config.getSerializationConfig()
                    .setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                            .setDefaultsDisabled(true)
                            .setWhitelist(new ClassFilter()
                                    .addPrefixes("nl.kringwerk.")
                                    .addClasses(
                                            "[I",
                                            "java.lang.Enum",
                                            "java.lang.Record",
                                            "java.lang.Long",
                                            "java.lang.Number")));
            HazelcastInstance hazelcast = Hazelcast.newHazelcastInstance(config);
            log.info(
                    "Cluster {}: this instance listens on port {}; members now {}",
                    name,
                    port,
                    hazelcast.getCluster().getMembers());
            return hazelcast;
        }

        @Bean
        Cluster hazelcastCluster(HazelcastInstance kringwerkHazelcast) {
            return new HazelcastCluster(kringwerkHazelcast);
        }
    }
}
