package nl.kringwerk.savings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.service.GroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Even the application's own database user cannot change or remove a journal line. */
class JournalAppendOnlyTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mariaDbRefusesUpdateAndDeleteOnTheJournal() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        EntryLine entry = savings.bookings()
                .bookDeposit(
                        f.sessionId,
                        f.member("Yvonne"),
                        "10",
                        savings.bookings().newIdempotencyKey());

        assertThatThrownBy(() -> jdbc.update("update journal_entry set amount_cents = 1 where id = ?", entry.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from journal_entry where id = ?", entry.id()))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select amount_cents from journal_entry where id = ?", Long.class, entry.id()))
                .isEqualTo(1000L);
    }
}
