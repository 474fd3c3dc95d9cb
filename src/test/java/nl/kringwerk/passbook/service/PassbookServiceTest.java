package nl.kringwerk.passbook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestClock;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberPass;
import nl.kringwerk.passbook.domain.PersonalCodes;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A member opens her own passbook with her card's code: exactly hers, only while it is valid, throttled. */
class PassbookServiceTest extends ServiceTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    Savings savings;

    @Autowired
    GroupService groups;

    @Autowired
    MemberCodes codes;

    @Autowired
    PassbookService passbooks;

    @Autowired
    JdbcTemplate jdbc;

    PassbookWorld w;

    @BeforeEach
    void twoGroupsWithMoney() {
        w = new PassbookWorld(testWorld, savings, groups, this::signInAs);
    }

    /** Each test its own client address, so the throttle of one test never refuses another's tries. */
    private static String address() {
        return "10.20.0." + ADDRESS.incrementAndGet();
    }

    @Test
    void aCodeOpensExactlyOneMembersPassbook() {
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        SignIn.out();

        PassbookService.Opening opening = passbooks.open(code, null, address());

        assertThat(opening.outcome()).isEqualTo(PassbookService.Outcome.OPENED);
        MemberPass pass = opening.pass();
        assertThat(pass.memberId()).isEqualTo(w.samira);
        assertThat(pass.groupId()).isEqualTo(w.world.groupA());
        PassbookPage page = passbooks.page(pass);
        assertThat(page.memberName()).isEqualTo("Samira");
        assertThat(page.savings()).isEqualTo(Money.euros(20));
        assertThat(page.passbook()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(Money.euros(20));
            assertThat(line.kind()).isEqualTo(EntryKind.DEPOSIT);
        });
        // The group's ledger as the table sees it: both deposits of group A, nothing of group B.
        assertThat(page.ledger()).extracting(PassbookPage.LedgerRow::memberName).containsExactly("Samira", "Fatma");
        assertThat(page.toString()).doesNotContain(PassbookWorld.B_MEMBER, "77,77", "Kring B", "06-12345678");
        // The next session is the one open now, on the group's meeting day (read as its coordinator).
        signInAs(w.world.coordinatorA());
        LocalDate openOn = savings.cycles().currentCycle(w.world.groupA()).orElseThrow().sessions().stream()
                .filter(s -> s.id() == w.a.sessionId)
                .findFirst()
                .orElseThrow()
                .date();
        assertThat(page.nextSession()).isEqualTo(openOn);
    }

    @Test
    void theCodeIsTypedInAnyCaseWithOrWithoutItsDashAndOnlyItsHashIsKept() {
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        String typed = " " + code.replace("-", " ").toLowerCase() + " ";
        assertThat(passbooks.open(typed, null, address()).outcome()).isEqualTo(PassbookService.Outcome.OPENED);
        assertThat(jdbc.queryForList("select code_hash from member_code where member_id = ?", String.class, w.samira))
                .containsExactly(PersonalCodes.hash(code))
                .doesNotContain(code, PersonalCodes.normalise(code));
    }

    @Test
    void aRenewedCodeStopsTheOldOneAtOnceAlsoForAPageThatIsOpen() {
        String first = codes.issue(w.world.groupA(), w.samira, null).code();
        MemberPass open = passbooks.open(first, null, address()).pass();

        String second = codes.issue(w.world.groupA(), w.samira, null).code();

        assertThat(passbooks.open(first, null, address()).outcome()).isEqualTo(PassbookService.Outcome.NO_LONGER_VALID);
        assertThatThrownBy(() -> passbooks.page(open)).isInstanceOf(PassNoLongerValidException.class);
        assertThat(passbooks.open(second, null, address()).outcome()).isEqualTo(PassbookService.Outcome.OPENED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_code where member_id = ? and revoked_at is null",
                        Integer.class,
                        w.samira))
                .isEqualTo(1);
    }

    @Test
    void aTakenBackCardOpensNothing() {
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        codes.revoke(w.world.groupA(), w.samira);
        assertThat(passbooks.open(code, null, address()).outcome()).isEqualTo(PassbookService.Outcome.NO_LONGER_VALID);
    }

    @Test
    void aMemberWhoLeftOrAnEndedGroupIsNoLongerValid() {
        String samira = codes.issue(w.world.groupA(), w.samira, null).code();
        String fatma = codes.issue(w.world.groupA(), w.fatma, null).code();
        MemberPass fatmasPage = passbooks.open(fatma, null, address()).pass();

        groups.memberLeaves(w.world.groupA(), w.samira, LocalDate.now(TestClock.AMSTERDAM));
        assertThat(passbooks.open(samira, null, address()).outcome())
                .isEqualTo(PassbookService.Outcome.NO_LONGER_VALID);
        assertThat(passbooks.open(fatma, null, address()).outcome()).isEqualTo(PassbookService.Outcome.OPENED);

        groups.endGroup(w.world.groupA(), LocalDate.now(TestClock.AMSTERDAM));
        assertThat(passbooks.open(fatma, null, address()).outcome()).isEqualTo(PassbookService.Outcome.NO_LONGER_VALID);
        assertThatThrownBy(() -> passbooks.page(fatmasPage)).isInstanceOf(PassNoLongerValidException.class);
    }

    @Test
    void guessingIsThrottledPerAddressEvenForTheRightCodeAndAnotherAddressIsNotHeldUp() {
        // application-test.properties: 5 tries per address per 3 s.
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        String guesser = address();
        for (int i = 0; i < 5; i++) {
            assertThat(passbooks.open(PersonalCodes.generate(), null, guesser).outcome())
                    .isEqualTo(PassbookService.Outcome.UNKNOWN);
        }
        PassbookService.Opening refused = passbooks.open(code, null, guesser);
        assertThat(refused.outcome()).isEqualTo(PassbookService.Outcome.WAIT);
        assertThat(refused.waitFor()).isPositive();
        assertThat(refused.pass()).isNull();
        assertThat(passbooks.open(code, null, address()).outcome()).isEqualTo(PassbookService.Outcome.OPENED);
    }

    @Test
    void theRightCodeGivesItsTryBackSoAMemberWhoOpensOftenIsNeverHeldUp() {
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        String phone = address();
        for (int i = 0; i < 12; i++) {
            assertThat(passbooks.open(code, null, phone).outcome()).isEqualTo(PassbookService.Outcome.OPENED);
        }
    }

    @Test
    void aCardWithAPinAsksForItAndAWrongPinIsThrottledPerCard() {
        String code = codes.issue(w.world.groupA(), w.samira, "4711").code();
        assertThat(passbooks.open(code, null, address()).outcome()).isEqualTo(PassbookService.Outcome.NEEDS_PIN);
        assertThat(passbooks.open(code, "1234", address()).outcome()).isEqualTo(PassbookService.Outcome.WRONG_PIN);
        assertThat(passbooks.open(code, "4711", address()).outcome()).isEqualTo(PassbookService.Outcome.OPENED);
        // application-test.properties: 3 PIN tries per card per 3 s, whatever the address.
        for (int i = 0; i < 3; i++) {
            assertThat(passbooks.open(code, "000" + i, address()).outcome())
                    .isEqualTo(PassbookService.Outcome.WRONG_PIN);
        }
        assertThat(passbooks.open(code, "4711", address()).outcome()).isEqualTo(PassbookService.Outcome.WAIT);
        assertThat(jdbc.queryForObject("select pin_hash from member_code where member_id = ?", String.class, w.samira))
                .isEqualTo(PersonalCodes.pinHash(code, "4711"))
                .isNotEqualTo(PersonalCodes.hash("4711"));
    }

    @Test
    void aPinIsFourDigitsOrNothing() {
        assertThatThrownBy(() -> codes.issue(w.world.groupA(), w.samira, "12a4"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> codes.issue(w.world.groupA(), w.samira, "12345"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from member_code where member_id = ?", Integer.class, w.samira))
                .isZero();
    }

    @Test
    void everyOpeningIsLoggedForTheGroupsOfficersAndNeverForFunders() {
        String code = codes.issue(w.world.groupA(), w.samira, null).code();
        passbooks.open(code, null, address());
        passbooks.open(code, null, address());

        signInAs(w.world.officerA());
        assertThat(codes.openings(w.world.groupA()))
                .hasSize(2)
                .allSatisfy(o -> assertThat(o.name()).isEqualTo("Samira"));
        assertThat(codes.codes(w.world.groupA()))
                .filteredOn(r -> r.memberId() == w.samira)
                .singleElement()
                .satisfies(r -> assertThat(r.lastOpened()).isNotNull());

        signInAs(w.world.funder());
        assertThatThrownBy(() -> codes.openings(w.world.groupA())).isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(w.world.coordinatorB());
        assertThatThrownBy(() -> codes.openings(w.world.groupA())).isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void onlyThoseWhoMayWorkWithTheGroupMakeACardAndNeverForAMemberOfAnotherGroup() {
        signInAs(w.world.facilitatorA());
        assertThat(codes.issue(w.world.groupA(), w.fatma, null).code()).hasSize(11);
        assertThatThrownBy(() -> codes.issue(w.world.groupA(), w.world.memberB(), null))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(w.world.coordinatorB());
        assertThatThrownBy(() -> codes.issue(w.world.groupA(), w.samira, null))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        signInAs(w.world.funder());
        assertThatThrownBy(() -> codes.issue(w.world.groupA(), w.samira, null))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> codes.revoke(w.world.groupA(), w.samira))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void aMalformedCodeIsUnknownWithoutALookup() {
        assertThat(passbooks.open("", null, address()).outcome()).isEqualTo(PassbookService.Outcome.UNKNOWN);
        assertThat(passbooks.open("' or 1=1 --", null, address()).outcome()).isEqualTo(PassbookService.Outcome.UNKNOWN);
        assertThat(passbooks.open("ABCDE-FGHJ0", null, address()).outcome()).isEqualTo(PassbookService.Outcome.UNKNOWN);
    }
}
