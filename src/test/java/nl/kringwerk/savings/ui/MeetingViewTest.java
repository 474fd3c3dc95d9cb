package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static nl.kringwerk.KaribuTest.Screen.allText;
import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.click;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.keypad;
import static nl.kringwerk.KaribuTest.Screen.text;
import static nl.kringwerk.KaribuTest.Screen.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.JournalEntryRepository;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsOverview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole evening at the table: eight members, the presentielijst, seven deposits counted in
 * public (one member saves nothing), one correction, and a box that is 50 cents short.
 */
class MeetingViewTest extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    Savings savings;

    @Autowired
    JournalEntryRepository journal;

    @Test
    void aFullSessionFromPresentielijstToClosedSummary() {
        TestWorld.World world = testWorld.create();
        login(world.coordinatorA());
        TestWorld.Circle circle = testWorld.circleOfEight(world);
        long samira = circle.member("Samira");
        long fatma = circle.member("Fatma");
        long anja = circle.member("Anja");
        long gloria = circle.member("Gloria");
        long priya = circle.member("Priya");

        navigate("groepen/" + world.groupA());
        click("start-cycle");
        click("save-cycle");
        long sessionId = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
        navigate("bijeenkomst/" + sessionId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeetingView.class);

        // The presentielijst: everyone is there and signs.
        for (long member : circle) {
            click("mark-present-" + member);
            click("sign-" + member);
        }
        // Samira chairs, Fatma writes, Anja and Gloria count.
        choose("role-chair", samira);
        choose("role-bookkeeper", fatma);
        choose("role-counter1", anja);
        choose("role-counter2", gloria);
        click("open-session");
        assertThat(text("session-status")).isEqualTo("Open");

        // Seven deposits, counted in public. The first is counted again before the group says yes.
        click("count-" + samira);
        // Above the group's maximum: said on the keypad, never shown to the group.
        keypad("300");
        click("show-amount");
        assertThat(text("keypad-error")).contains("€ 250,00");
        assertThat(_find(Span.class, spec -> spec.withId("shown-amount"))).isEmpty();
        click("key-back");
        click("key-back");
        click("key-back");
        keypad("99");
        click("show-amount");
        click("count-again");
        click("key-back");
        click("key-back");
        keypad("12,50");
        click("show-amount");
        assertThat(text("shown-amount")).isEqualTo("€ 12,50");
        click("confirm-seen");
        click("count-" + fatma);
        choose("who-counts", gloria); // Gloria counts Fatma's money
        keypad("10");
        click("show-amount");
        click("confirm-seen");
        deposit(anja, "5");
        deposit(gloria, "20");
        deposit(circle.member("Yvonne"), "7,50");
        deposit(circle.member("Naima"), "15");
        deposit(circle.member("Els"), "2,50");
        // Priya saves nothing this time.
        click("nothing-" + priya);

        // Gloria's 20 was really 2: reverse with a reason and count again.
        long gloriasEntry = entries(sessionId).stream()
                .filter(e -> Objects.equals(e.getMemberId(), gloria) && e.getKind() == EntryKind.DEPOSIT)
                .findFirst()
                .orElseThrow()
                .getId();
        click("correct-" + gloriasEntry);
        type("reverse-reason", "Twee euro, geen twintig");
        click("confirm-reverse");
        deposit(gloria, "2");

        // 12,50 + 10 + 5 + 2 + 7,50 + 15 + 2,50 = 54,50 expected; the box holds 54,00.
        assertThat(text("expected-box")).isEqualTo("€ 54,50");
        type("counted-cash", "54");
        click("close-session");
        assertThat(get(TextField.class, "counted-cash").isInvalid()).isTrue();
        type("difference-reason", "50 cent op de grond gevallen");
        click("book-difference");

        assertThat(text("session-status")).isEqualTo("Gesloten");
        assertThat(allText("summary-facts"))
                .contains("€ 54,00")
                .contains("Samira")
                .contains("Fatma")
                .contains("Anja, Gloria")
                .contains("8 / 8");

        List<JournalEntry> booked = entries(sessionId);
        assertThat(booked)
                .extracting(JournalEntry::getKind)
                .containsExactly(
                        EntryKind.DEPOSIT,
                        EntryKind.DEPOSIT,
                        EntryKind.DEPOSIT,
                        EntryKind.DEPOSIT,
                        EntryKind.DEPOSIT,
                        EntryKind.DEPOSIT,
                        EntryKind.DEPOSIT,
                        EntryKind.NO_SAVING,
                        EntryKind.REVERSAL,
                        EntryKind.DEPOSIT,
                        EntryKind.CASH_DIFFERENCE);
        assertThat(booked)
                .filteredOn(e -> Objects.equals(e.getMemberId(), fatma))
                .singleElement()
                .satisfies(e -> assertThat(e.getCountedBy()).isEqualTo(gloria));
        assertThat(booked)
                .filteredOn(e -> Objects.equals(e.getMemberId(), samira))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getCountedBy()).isEqualTo(anja);
                    assertThat(e.getRecordedBy()).isEqualTo(fatma);
                });
        Ledger ledger = Ledger.replay(booked.stream().map(JournalEntry::line).toList());
        assertThat(ledger.box()).isEqualTo(Money.euros(54));
        assertThat(ledger.totalSavings()).isEqualTo(Money.ofCents(5450));
        assertThat(ledger.savingsOf(gloria)).isEqualTo(Money.euros(2));
        assertThat(ledger.savingsOf(priya)).isEqualTo(Money.ZERO);
        assertThat(savings.records().meeting(sessionId).status()).isEqualTo(SessionStatus.CLOSED);

        // The group reads it back: Gloria's passbook shows the correction and the gentle benefit note.
        navigate("groepen/" + world.groupA() + "/spaarboek");
        get(TabSheet.class, "book-tabs").setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<SavingsOverview.Row> member = get(Select.class, "passbook-member");
        choose(
                "passbook-member",
                member.getListDataView()
                        .getItems()
                        .filter(r -> r.name().equals("Gloria"))
                        .findFirst()
                        .orElseThrow());
        assertThat(text("passbook-total")).isEqualTo("Gespaard in deze spaarronde: € 2,00");
        assertThat(text("benefit-note")).contains("vermogenstoets");
    }

    /** Counted by today's counters, shown to the group and confirmed. */
    private static void deposit(long member, String amount) {
        click("count-" + member);
        keypad(amount);
        click("show-amount");
        click("confirm-seen");
    }

    private List<JournalEntry> entries(long sessionId) {
        return journal.findBySessionIdOrderById(sessionId);
    }
}
