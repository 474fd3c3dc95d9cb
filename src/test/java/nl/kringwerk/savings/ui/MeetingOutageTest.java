package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The database goes away at the table, between the group's "yes" and the booking. The bookkeeper
 * reads that nothing was saved, "Ja, gezien" stays, and once the database is back (the watchdog starts
 * it again, the pool reconnects) the same confirmation books once. Runs on an embedded MariaDB of its
 * own, so killing it disturbs no other test.
 */
@TestPropertySource(
        properties = {
            "kringwerk.embedded-db.base-dir=${kringwerk.test-dir:target}/mariadb-outage/base",
            "kringwerk.embedded-db.data-dir=${kringwerk.test-dir:target}/mariadb-outage/data"
        })
class MeetingOutageTest extends KaribuTest {

    static final String AWAY =
            "De verbinding met de database is even weg. Er is niets opgeslagen. Probeer het zo nog eens.";

    @Autowired
    Savings savings;

    @Autowired
    JournalEntryRepository journal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb db;

    @Autowired
    HikariDataSource pool;

    @Test
    void theDatabaseDiesBeforeJaGezienAndTheSameConfirmationBooksOnceWhenItIsBack() {
        SavingsFixture circle = samirasTwelveFiftyShownToTheGroup();
        long samira = circle.member("Samira");

        ProcessHandle server = db.process().orElseThrow();
        Duration delay;
        // The watchdog starts a server again while holding the server's lock: holding it here keeps the
        // server down while the button is pressed, as when a restart takes a while.
        synchronized (db) {
            server.destroyForcibly();
            server.onExit().join();
            // As the pool finds its connections when it checks them after the half second the group
            // took to look: all broken.
            pool.getHikariPoolMXBean().softEvictConnections();
            delay = timeToAnswer(() -> click("confirm-seen"));
        }

        System.out.printf("OUTAGE: 'Ja, gezien' with the database killed: the message after %d ms%n", delay.toMillis());
        assertThat(text("booking-error")).isEqualTo(AWAY);
        assertThat(get(Button.class, "confirm-seen").isEnabled()).isTrue();
        assertThat(text("shown-amount")).isEqualTo("€ 12,50");
        assertThat(delay).isLessThan(Duration.ofSeconds(10));

        // The watchdog starts the server again; the pool finds it by itself.
        awaitDatabaseBack();
        assertThat(db.process().orElseThrow().pid()).isNotEqualTo(server.pid());
        assertThat(deposits(circle.sessionId)).isEmpty();

        click("confirm-seen");
        assertThat(_find(Span.class, spec -> spec.withId("shown-amount"))).isEmpty();
        List<JournalEntry> booked = deposits(circle.sessionId);
        assertThat(booked).singleElement().satisfies(e -> {
            assertThat(e.getMemberId()).isEqualTo(samira);
            assertThat(e.amount()).isEqualTo(Money.ofCents(1250));
        });

        // The same confirmation once more, as a request retried by the network would bring it.
        EntryLine again = savings.bookings()
                .bookDeposit(circle.sessionId, samira, "12,50", booked.get(0).getIdempotencyKey());
        assertThat(again.id()).isEqualTo(booked.get(0).getId());
        assertThat(deposits(circle.sessionId)).hasSize(1);
    }

    @Test
    void aDatabaseThatStopsAnsweringIsSaidWithinSecondsAndTheSameConfirmationBooksOnceAfterwards() {
        SavingsFixture circle = samirasTwelveFiftyShownToTheGroup();
        ProcessHandle server = db.process().orElseThrow();

        Duration delay;
        signal("STOP", server); // the server hangs: its connections stay open, nothing answers
        try {
            delay = timeToAnswer(() -> click("confirm-seen"));
        } finally {
            signal("CONT", server);
        }

        System.out.printf(
                "OUTAGE: 'Ja, gezien' with the database hanging: the message after %d ms%n", delay.toMillis());
        assertThat(text("booking-error")).isEqualTo(AWAY);
        assertThat(get(Button.class, "confirm-seen").isEnabled()).isTrue();
        assertThat(delay).isLessThan(Duration.ofSeconds(10));
        awaitDatabaseBack();
        assertThat(deposits(circle.sessionId)).isEmpty();

        click("confirm-seen");
        assertThat(deposits(circle.sessionId))
                .singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofCents(1250)));
    }

    /** An open session of a circle of eight; Samira's 12,50 is counted and on the group's screen. */
    private SavingsFixture samirasTwelveFiftyShownToTheGroup() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        SavingsFixture circle = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        navigate("bijeenkomst/" + circle.sessionId);
        click("count-" + circle.member("Samira"));
        keypad("12,50");
        click("show-amount");
        assertThat(text("shown-amount")).isEqualTo("€ 12,50");
        return circle;
    }

    private static Duration timeToAnswer(Runnable click) {
        long clicked = System.nanoTime();
        click.run();
        return Duration.ofNanos(System.nanoTime() - clicked);
    }

    private static void signal(String signal, ProcessHandle process) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            assertThat(exit).as("kill -%s", signal).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JournalEntry> deposits(long sessionId) {
        return journal.findBySessionIdOrderById(sessionId).stream()
                .filter(e -> e.getKind() == EntryKind.DEPOSIT)
                .toList();
    }

    /** Until the application's own pool answers again. */
    private void awaitDatabaseBack() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> jdbc.queryForObject("SELECT 1", Integer.class) == 1);
    }
}
