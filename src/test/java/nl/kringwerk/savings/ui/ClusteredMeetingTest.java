package nl.kringwerk.savings.ui;

import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.management.BadAttributeValueExpException;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.KringwerkApplication;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.cluster.Cluster;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 22, several instances: two instances of the app in one JVM, each a member of a Hazelcast
 * cluster on localhost (TCP/IP), both on the one test MariaDB. The group's screen is open on this
 * test's instance (the "B" behind the load balancer); the bookkeeper confirms on the other ("A"),
 * and the screen on B shows the new total, read by B from the shared database.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClusteredMeetingTest extends KaribuTest {

    private static final int PORT_A = freePort();
    private static final int PORT_B = freePort();

    /** The bookkeeper's instance, started beside this test's own. */
    private static ConfigurableApplicationContext instanceA;

    @Autowired
    Savings savings;

    @Autowired
    Cluster cluster;

    @Autowired
    MeetingBroadcaster broadcaster;

    @Autowired
    HazelcastInstance hazelcast;

    @DynamicPropertySource
    static void thisInstanceIsB(DynamicPropertyRegistry properties) {
        clusterProperties(PORT_B).forEach((key, value) -> properties.add(key, () -> value));
    }

    @BeforeAll
    static void startInstanceA() {
        instanceA = new SpringApplicationBuilder(KringwerkApplication.class)
                .profiles("test")
                .web(WebApplicationType.SERVLET)
                // As arguments: they win over application.properties (builder properties would not).
                .run(Stream.concat(
                                Stream.of("--server.port=0"),
                                clusterProperties(PORT_A).entrySet().stream()
                                        .map(e -> "--" + e.getKey() + "=" + e.getValue()))
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stopInstanceA() {
        if (instanceA != null) {
            instanceA.close();
        }
    }

    private static Map<String, String> clusterProperties(int port) {
        return Map.of(
                "kringwerk.cluster.enabled",
                "true",
                "kringwerk.cluster.port",
                Integer.toString(port),
                "kringwerk.cluster.members",
                "127.0.0.1:" + PORT_A + ",127.0.0.1:" + PORT_B,
                "kringwerk.cluster.interface",
                "127.0.0.1",
                "kringwerk.cluster.name",
                "kringwerk-test-" + PORT_A,
                "kringwerk.cluster.join-timeout-seconds",
                "1");
    }

    @Test
    void theGroupScreenOnBFollowsAConfirmOnA() throws Exception {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture meeting = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        navigate("bijeenkomst/" + meeting.sessionId + "/scherm");
        assertThat(text("presentation-today")).isEqualTo("€ 0,00");
        assertThat(broadcaster.listening(meeting.sessionId)).isEqualTo(1);
        awaitMembers(2);

        // The bookkeeper's tablet is served by A: its booking commits there.
        asUserOnA(
                world.coordinatorA(),
                () -> instanceA
                        .getBean(Savings.class)
                        .bookings()
                        .bookDeposit(
                                meeting.sessionId,
                                meeting.member("Anja"),
                                "7,50",
                                instanceA.getBean(Savings.class).bookings().newIdempotencyKey()));

        await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(text("presentation-today")).isEqualTo("€ 7,50");
        });
        assertThat(text("presentation-box")).isEqualTo("€ 7,50");
    }

    @Test
    void aMessageReachesTheOtherInstanceOnlyAndSharedTotalsAreOneMap() {
        awaitMembers(2);
        Cluster onA = instanceA.getBean(Cluster.class);
        List<Note> heardOnA = new CopyOnWriteArrayList<>();
        List<Note> heardOnB = new CopyOnWriteArrayList<>();
        onA.listen("test-notes", Note.class, heardOnA::add);
        cluster.listen("test-notes", Note.class, heardOnB::add);

        onA.publish("test-notes", new Note("from A"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !heardOnB.isEmpty());
        assertThat(heardOnB).containsExactly(new Note("from A"));
        assertThat(heardOnA).isEmpty(); // the publisher does not hear itself

        onA.<Long, Note>map("test-map").put(7L, new Note("tapped on A"));
        assertThat(cluster.<Long, Note>map("test-map").get(7L)).isEqualTo(new Note("tapped on A"));
        // As a secret round's totals travel (OpenTallies.Counts): a record with an int array.
        onA.<Long, Counted>map("test-map").put(8L, new Counted(new int[] {2, 0, 1}));
        assertThat(cluster.<Long, Counted>map("test-map").get(8L).counts()).containsExactly(2, 0, 1);
        assertThat(cluster.locked("test-map", 7L, () -> "under the lock of round 7"))
                .isEqualTo("under the lock of round 7");
    }

    /**
     * Java serialization from the network is where gadget chains start: a member accepts only
     * Kringwerk's own classes, not Hazelcast's default list (which lets in every java.* class).
     */
    @Test
    void aJdkClassArrivingFromTheClusterIsRefused() {
        awaitMembers(2);
        SerializationService onA =
                ((SerializationServiceSupport) instanceA.getBean(HazelcastInstance.class)).getSerializationService();
        SerializationService onB = ((SerializationServiceSupport) hazelcast).getSerializationService();

        Data gadget = onA.toData(new BadAttributeValueExpException("sent by a stranger"));
        assertThatThrownBy(() -> onB.toObject(gadget)).hasRootCauseInstanceOf(SecurityException.class);
        // Kringwerk's own records still get through, with what they are made of: an amount being shown.
        RelayedMeetingEvent showing =
                new RelayedMeetingEvent(7L, MeetingEvent.Type.SHOWING, "Anja", 1250L, "meeting.deposit", 3L);
        assertThat((RelayedMeetingEvent) onB.toObject(onA.toData(showing))).isEqualTo(showing);
    }

    private void awaitMembers(int members) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> instanceA
                                .getBean(HazelcastInstance.class)
                                .getCluster()
                                .getMembers()
                                .size()
                        == members);
    }

    /** Runs the work on a thread of its own (no Vaadin session there), signed in on A as this user. */
    private static void asUserOnA(String username, Runnable work) throws Exception {
        SecurityContextHolderStrategy holder = instanceA.getBean(SecurityContextHolderStrategy.class);
        UserDetails user = instanceA.getBean(UserDetailsService.class).loadUserByUsername(username);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            thread.submit(() -> {
                        Authentication signedIn =
                                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                        // A's own holder, and the static one (one per JVM; this test's context set it to B's).
                        holder.getContext().setAuthentication(signedIn);
                        SecurityContextHolder.getContext().setAuthentication(signedIn);
                        try {
                            work.run();
                        } finally {
                            holder.clearContext();
                            SecurityContextHolder.clearContext();
                        }
                    })
                    .get();
        } finally {
            thread.shutdownNow();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Note(String text) implements Serializable {}

    record Counted(int[] counts) implements Serializable {}
}
