package nl.kringwerk.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.practice.domain.PracticeLedger;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A practice meeting (oefenbijeenkomst) with play money and the group's own members: attendance, tasks,
 * the counting ritual, a loan and the box count, so a new bookkeeper learns her task before the real
 * evening. Everything lives in this screen only (a {@link PracticeLedger} in memory); it reads the
 * group's member names through the access gate and writes nothing anywhere. "Weggooien" or leaving the
 * page throws it away.
 */
@Route("oefenen/:groupId([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private @Nullable GroupFacts group;
    private PracticeLedger ledger = new PracticeLedger();
    private final Set<Long> present = new LinkedHashSet<>();
    private final Set<Long> hadTurn = new HashSet<>();
    private @Nullable Long chair;
    private @Nullable Long bookkeeper;
    private @Nullable Long counter1;
    private @Nullable Long counter2;
    private final Div body = new Div();

    PracticeView(GroupService groups) {
        this.groups = groups;
        addClassName("page");
        setId("practice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long groupId = event.getRouteParameters().getLong("groupId").orElseThrow(NotFoundOrNotAllowedException::new);
        group = groups.groupFacts(groupId);
        throwAway();
    }

    private void throwAway() {
        ledger = new PracticeLedger();
        present.clear();
        hadTurn.clear();
        chair = null;
        bookkeeper = null;
        counter1 = null;
        counter2 = null;
        members().forEach(m -> present.add(m.id()));
        removeAll();
        Span banner = new Span(getTranslation("practice.banner"));
        banner.addClassName("notice");
        banner.setId("practice-banner");
        Button discard = new Button(getTranslation("practice.discard"), click -> throwAway());
        discard.setId("practice-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("practice.title", group.name())), banner, discard, body);
        showStart();
    }

    private List<MemberRow> members() {
        return group == null
                ? List.of()
                : group.members().stream().filter(MemberRow::isActive).toList();
    }

    private String name(@Nullable Long id) {
        return id == null || group == null ? "" : group.nameOf(id);
    }

    /** Attendance and tasks: the two counters and the bookkeeper are three different people. */
    private void showStart() {
        body.removeAll();
        CheckboxGroup<Long> attendance = new CheckboxGroup<>(getTranslation("practice.attendance"));
        attendance.setItems(members().stream().map(MemberRow::id).toList());
        attendance.setItemLabelGenerator(this::name);
        attendance.setValue(present);
        attendance.setId("practice-attendance");
        List<Select<Long>> tasks = new ArrayList<>();
        for (String task : List.of("chair", "bookkeeper", "counter1", "counter2")) {
            Select<Long> select = new Select<>();
            select.setLabel(getTranslation("practice.task." + task));
            select.setItems(members().stream().map(MemberRow::id).toList());
            select.setItemLabelGenerator(this::name);
            select.setId("practice-" + task);
            tasks.add(select);
        }
        Span error = new Span();
        error.addClassName("keypad-error");
        error.setId("practice-error");
        Button start = new Button(getTranslation("practice.start"), click -> {
            Set<Long> roles = new HashSet<>();
            tasks.forEach(t -> roles.add(t.getValue()));
            if (roles.contains(null)
                    || roles.size() < 4
                    || !attendance.getValue().containsAll(roles)) {
                error.setText(getTranslation("practice.tasks-needed"));
                return;
            }
            present.clear();
            present.addAll(attendance.getValue());
            chair = tasks.get(0).getValue();
            bookkeeper = tasks.get(1).getValue();
            counter1 = tasks.get(2).getValue();
            counter2 = tasks.get(3).getValue();
            showRound();
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setId("practice-start");
        body.add(new H2(getTranslation("practice.step.start")), attendance);
        tasks.forEach(body::add);
        body.add(error, start);
    }

    /** Everyone's turn with the counting ritual, a loan, and the box count. */
    private void showRound() {
        body.removeAll();
        body.add(new Paragraph(
                getTranslation("practice.roles", name(chair), name(bookkeeper), name(counter1), name(counter2))));
        body.add(new H2(getTranslation("practice.step.turns")));
        for (long member : present) {
            Div tile = new Div(new Span(name(member)));
            tile.addClassName("tile");
            tile.setId("practice-tile-" + member);
            if (hadTurn.contains(member)) {
                tile.addClassName("done");
                tile.add(new Span(" ✓"));
            } else {
                TextField amount = new TextField();
                amount.setId("practice-amount-" + member);
                amount.setPlaceholder("12,50");
                Button count = new Button(getTranslation("practice.show"), click -> {
                    try {
                        Money money = Money.parse(amount.getValue());
                        if (money.isZero()) {
                            throw InvalidInputException.of("amount", "error.amount-required");
                        }
                        showQuestion(member, money);
                    } catch (InvalidInputException e) {
                        amount.setErrorMessage(getTranslation(
                                e.problems().get(0).messageKey(),
                                e.problems().get(0).arguments().toArray()));
                        amount.setInvalid(true);
                    }
                });
                count.setId("practice-count-" + member);
                tile.add(amount, count);
            }
            body.add(tile);
        }
        body.add(new H2(getTranslation("practice.step.loan")));
        Select<Long> borrower = new Select<>();
        borrower.setItems(new ArrayList<>(present));
        borrower.setItemLabelGenerator(this::name);
        borrower.setId("practice-borrower");
        TextField loan = new TextField(getTranslation("practice.loan-amount"));
        loan.setId("practice-loan");
        Span loanMessage = new Span();
        loanMessage.setId("practice-loan-message");
        Button lend = new Button(getTranslation("practice.lend"), click -> {
            try {
                if (borrower.getValue() != null && ledger.lend(borrower.getValue(), Money.parse(loan.getValue()))) {
                    showRound();
                } else {
                    loanMessage.setText(getTranslation(
                            "practice.loan-refused", ledger.ledger().box().format()));
                }
            } catch (InvalidInputException e) {
                loanMessage.setText(getTranslation(
                        e.problems().get(0).messageKey(),
                        e.problems().get(0).arguments().toArray()));
            }
        });
        lend.setId("practice-lend");
        body.add(borrower, loan, lend, loanMessage);

        body.add(new H2(getTranslation("practice.step.close")));
        Span box = new Span(getTranslation("practice.box", ledger.ledger().box().format()));
        box.setId("practice-box");
        TextField counted = new TextField(getTranslation("practice.counted"));
        counted.setId("practice-counted");
        Span result = new Span();
        result.setId("practice-result");
        Button close = new Button(getTranslation("practice.close"), click -> {
            try {
                Money difference = ledger.difference(Money.parse(counted.getValue()));
                result.setText(
                        difference.isZero()
                                ? getTranslation("practice.matches")
                                : getTranslation("practice.differs", difference.format()));
            } catch (InvalidInputException e) {
                result.setText(getTranslation(
                        e.problems().get(0).messageKey(),
                        e.problems().get(0).arguments().toArray()));
            }
        });
        close.setId("practice-close");
        body.add(box, counted, close, result);
    }

    /** "Heeft iedereen het gezien?": only the group's yes books the play money. */
    private void showQuestion(long member, Money amount) {
        body.removeAll();
        Span who = new Span(name(member));
        who.addClassName("show-name");
        Span big = new Span(amount.format());
        big.addClassName("show-amount");
        big.setId("practice-shown");
        Paragraph question = new Paragraph(MemberTexts.text(MemberLanguage.of(getLocale()), "screen.question"));
        question.addClassName("show-question");
        Div card = new Div(who, big, question);
        card.addClassName("show-card");
        Button yes = new Button(getTranslation("counting.yes"), click -> {
            ledger.deposit(member, amount);
            hadTurn.add(member);
            showRound();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_LARGE);
        yes.setId("practice-yes");
        Button no = new Button(getTranslation("counting.no"), click -> showRound());
        no.setId("practice-no");
        body.add(card, yes, no);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.page-title") + " · " + getTranslation("app.name");
    }
}
