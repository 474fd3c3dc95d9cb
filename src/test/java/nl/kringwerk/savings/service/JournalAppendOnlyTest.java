package nl.kringwerk.savings.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kringwerk.KringwerkTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.groups.service.GroupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Even the application's own database user cannot change or remove a journal line. */
@KringwerkTest
class JournalAppendOnlyTest {

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestWorld testWorld;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void mariaDbRefusesUpdateAndDeleteOnTheJournal() {
        TestWorld.World world = testWorld.create();
        SignIn.as(users, world.coordinatorA());
        SavingsFixture f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        EntryLine entry = savings.bookings()
                .bookDeposit(f.sessionId, f.member(4), "10", savings.bookings().newIdempotencyKey());

        assertThatThrownBy(() -> jdbc.update("update journal_entry set amount_cents = 1 where id = ?", entry.id()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from journal_entry where id = ?", entry.id()))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select amount_cents from journal_entry where id = ?", Long.class, entry.id()))
                .isEqualTo(1000L);
    }
}
