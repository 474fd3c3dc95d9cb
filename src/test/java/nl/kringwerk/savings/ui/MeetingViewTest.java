package nl.kringwerk.savings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
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
        List<Long> members = testWorld.circleOfEight(world);

        navigate("groepen/" + world.groupA());
        _click(_get(Button.class, spec -> spec.withId("start-cycle")));
        _click(_get(Button.class, spec -> spec.withId("save-cycle")));
        long sessionId = savings.cycles()
                .currentCycle(world.groupA())
                .orElseThrow()
                .sessions()
                .get(0)
                .id();
        navigate("bijeenkomst/" + sessionId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MeetingView.class);

        // The presentielijst: everyone is there and signs.
        for (long member : members) {
            click("mark-present-" + member);
            click("sign-" + member);
        }
        // Samira chairs, Fatma writes, Anja and Gloria count.
        choose("role-chair", members.get(0));
        choose("role-bookkeeper", members.get(1));
        choose("role-counter1", members.get(2));
        choose("role-counter2", members.get(3));
        click("open-session");
        assertThat(_get(Span.class, spec -> spec.withId("session-status")).getText())
                .isEqualTo("Open");

        // Seven deposits, counted in public. The first is counted again before the group says yes.
        String[] amounts = {"12,50", "10", "5", "20", "7,50", "15", "2,50"};
        click("count-" + members.get(0));
        type("99");
        click("show-amount");
        click("count-again");
        _click(_get(Button.class, spec -> spec.withId("key-back")));
        _click(_get(Button.class, spec -> spec.withId("key-back")));
        type(amounts[0]);
        click("show-amount");
        assertThat(_get(Span.class, spec -> spec.withId("shown-amount")).getText())
                .isEqualTo("€ 12,50");
        click("confirm-seen");
        for (int i = 1; i < 7; i++) {
            click("count-" + members.get(i));
            if (i == 1) { // Gloria counts Fatma's money
                @SuppressWarnings("unchecked")
                RadioButtonGroup<Long> who = _get(RadioButtonGroup.class, spec -> spec.withId("who-counts"));
                _setValue(who, members.get(3));
            }
            type(amounts[i]);
            click("show-amount");
            click("confirm-seen");
        }
        // Priya saves nothing this time.
        click("nothing-" + members.get(7));

        // Gloria's 20 was really 2: reverse with a reason and count again.
        long gloriasEntry = entries(sessionId).stream()
                .filter(e -> e.getMemberId().equals(members.get(3)) && e.getKind() == EntryKind.DEPOSIT)
                .findFirst()
                .orElseThrow()
                .getId();
        click("correct-" + gloriasEntry);
        _setValue(_get(TextArea.class, spec -> spec.withId("reverse-reason")), "Twee euro, geen twintig");
        click("confirm-reverse");
        click("count-" + members.get(3));
        type("2");
        click("show-amount");
        click("confirm-seen");

        // 12,50 + 10 + 5 + 2 + 7,50 + 15 + 2,50 = 54,50 expected; the box holds 54,00.
        assertThat(_get(Span.class, spec -> spec.withId("expected-box")).getText())
                .isEqualTo("€ 54,50");
        _setValue(_get(TextField.class, spec -> spec.withId("counted-cash")), "54");
        click("close-session");
        assertThat(_get(TextField.class, spec -> spec.withId("counted-cash")).isInvalid())
                .isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("difference-reason")), "50 cent op de grond gevallen");
        click("book-difference");

        assertThat(_get(Span.class, spec -> spec.withId("session-status")).getText())
                .isEqualTo("Gesloten");
        String summary = _get(Div.class, spec -> spec.withId("summary-facts"))
                .getElement()
                .getTextRecursively();
        assertThat(summary)
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
                .filteredOn(e -> members.get(1).equals(e.getMemberId()))
                .singleElement()
                .satisfies(e -> assertThat(e.getCountedBy()).isEqualTo(members.get(3)));
        assertThat(booked)
                .filteredOn(e -> members.get(0).equals(e.getMemberId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getCountedBy()).isEqualTo(members.get(2));
                    assertThat(e.getRecordedBy()).isEqualTo(members.get(1));
                });
        Ledger ledger = Ledger.replay(booked.stream().map(JournalEntry::line).toList());
        assertThat(ledger.box()).isEqualTo(Money.euros(54));
        assertThat(ledger.totalSavings()).isEqualTo(Money.ofCents(5450));
        assertThat(ledger.savingsOf(members.get(3))).isEqualTo(Money.euros(2));
        assertThat(ledger.savingsOf(members.get(7))).isEqualTo(Money.ZERO);
        assertThat(savings.records().meeting(sessionId).status()).isEqualTo(SessionStatus.CLOSED);

        // The group reads it back: Gloria's passbook shows the correction and the gentle benefit note.
        navigate("groepen/" + world.groupA() + "/spaarboek");
        _get(TabSheet.class, spec -> spec.withId("book-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<SavingsOverview.Row> member = _get(Select.class, spec -> spec.withId("passbook-member"));
        _setValue(
                member,
                member.getListDataView()
                        .getItems()
                        .filter(r -> r.name().equals("Gloria"))
                        .findFirst()
                        .orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("passbook-total")).getText())
                .isEqualTo("Gespaard in deze cyclus: € 2,00");
        assertThat(_get(Paragraph.class, spec -> spec.withId("benefit-note")).getText())
                .contains("vermogenstoets");
    }

    private List<JournalEntry> entries(long sessionId) {
        return journal.findBySessionIdOrderById(sessionId);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static void choose(String id, long memberId) {
        Select<Long> select = _get(Select.class, spec -> spec.withId(id));
        _setValue(select, memberId);
    }

    /** Types on the large keypad, key by key. */
    private static void type(String amount) {
        for (char c : amount.toCharArray()) {
            String key = c == ',' ? "comma" : String.valueOf(c);
            _click(_get(Button.class, spec -> spec.withId("key-" + key)));
        }
    }
}
