package nl.kringwerk.savings.service;

import static nl.kringwerk.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule that does not need the group's "yes" is checked before the amount goes to the group
 * screen with "Heeft iedereen het gezien?"; a confirmation's key books one thing only; the group
 * screen's "saved today" is savings only.
 */
class BeforeTheGroupSeesItTest extends ServiceTest {

    @Autowired
    Savings savings;

    @Autowired
    JournalEntryRepository journal;

    SavingsFixture f;

    @BeforeEach
    void openASessionWithASocialFund() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        f = new SavingsFixture(
                testWorld,
                world,
                savings,
                SavingsFixture.usualRules()
                        .maxDeposit(Money.euros(50))
                        .socialFundPerSession(Money.euros(2))
                        .build());
    }

    @Test
    void aDepositTheRulesRefuseIsRefusedBeforeItIsShownAndNothingIsWritten() {
        savings.sessions().markAttendance(f.sessionId, f.member("Priya"), AttendanceStatus.ABSENT);
        BookingService bookings = savings.bookings();

        refused(() -> bookings.checkDeposit(f.sessionId, f.member("Yvonne"), "50,01", null), "error.amount-above-max");
        refused(() -> bookings.checkDeposit(f.sessionId, f.member("Yvonne"), "0", null), "error.amount-zero");
        refused(() -> bookings.checkDeposit(f.sessionId, f.member("Yvonne"), "10 50", null), "error.amount-space");
        refused(() -> bookings.checkDeposit(f.sessionId, f.member("Priya"), "10", null), "error.member-not-present");
        refused(
                () -> bookings.checkDeposit(f.sessionId, f.member("Yvonne"), "10", f.member("Fatma")),
                "error.not-a-counter");
        bookings.checkDeposit(f.sessionId, f.member("Yvonne"), "50", null);
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).isEmpty();

        bookings.bookDeposit(f.sessionId, f.member("Yvonne"), "50", bookings.newIdempotencyKey());
        refused(() -> bookings.checkDeposit(f.sessionId, f.member("Yvonne"), "5", null), "error.already-had-turn");
        bookings.checkSocialFund(f.sessionId, f.member("Yvonne"));
        bookings.bookSocialFund(f.sessionId, f.member("Yvonne"), bookings.newIdempotencyKey());
        refused(() -> bookings.checkSocialFund(f.sessionId, f.member("Yvonne")), "error.social-fund-paid");
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(2);
    }

    @Test
    void aKeyThatComesBackWithAnotherMemberOrAmountIsRefusedAndTheFirstBookingStands() {
        BookingService bookings = savings.bookings();
        String key = bookings.newIdempotencyKey();
        EntryLine first = bookings.bookDeposit(f.sessionId, f.member("Yvonne"), "10", key);

        refused(() -> bookings.bookDeposit(f.sessionId, f.member("Naima"), "10", key), "error.key-reused");
        refused(() -> bookings.bookDeposit(f.sessionId, f.member("Yvonne"), "12", key), "error.key-reused");
        refused(() -> bookings.bookNoSaving(f.sessionId, f.member("Yvonne"), key), "error.key-reused");
        refused(() -> bookings.bookSocialFund(f.sessionId, f.member("Yvonne"), key), "error.key-reused");
        assertThat(bookings.bookDeposit(f.sessionId, f.member("Yvonne"), "10,00", key)
                        .id())
                .isEqualTo(first.id());
        assertThat(journal.findByCycleIdOrderById(f.cycleId)).hasSize(1);
    }

    @Test
    void theGroupScreenSaysWhatWasSavedTodayNotWhatElseCameIn() {
        BookingService bookings = savings.bookings();
        bookings.bookDeposit(f.sessionId, f.member("Yvonne"), "10", bookings.newIdempotencyKey());
        bookings.bookSocialFund(f.sessionId, f.member("Yvonne"), bookings.newIdempotencyKey());
        bookings.bookDeposit(f.sessionId, f.member("Naima"), "5", bookings.newIdempotencyKey());

        MeetingState state = savings.records().meeting(f.sessionId);
        assertThat(state.savedToday()).isEqualTo(Money.euros(15));
        assertThat(state.todayIn()).isEqualTo(Money.euros(17));
    }
}
