package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.loans.domain.LoanAccount;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.passbook.domain.GoalProgress;
import nl.kringwerk.passbook.service.GoalView;
import nl.kringwerk.passbook.service.PassbookPage;
import nl.kringwerk.passbook.service.Slip;
import nl.kringwerk.savings.service.PassbookLine;
import org.jspecify.annotations.Nullable;

/**
 * The cards of a member's open passbook page ({@link PassbookView}): her total, her goal, the receipt
 * of the last session, the next session, her open loans, her lines per session and the group's
 * ledger. In the language of the screen that shows them.
 */
final class PassbookCards {

    private final Component owner;
    private final Locale locale;

    /** @param owner the screen whose translations the cards use, shown in this locale */
    PassbookCards(Component owner, Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    Component total(PassbookPage page) {
        Span label = new Span(owner.getTranslation("passbook.page.saved"));
        label.addClassName("passbook-caption");
        Span amount = new Span(page.savings().format());
        amount.addClassName("passbook-total");
        amount.setId("passbook-total");
        Div card = new Div(label, amount);
        card.addClassName("passbook-card");
        return card;
    }

    /** Her goal: its picture, its name, a bar and what is still needed. */
    static Component goalCard(Component owner, GoalView goal, boolean withPerSession) {
        Icon icon = Pictograms.icon(goal.details().pictogram());
        icon.addClassName("goal-icon");
        Span name = new Span(goal.details().name());
        name.addClassName("goal-name");
        Div head = new Div(icon, name);
        head.addClassName("goal-head");
        Div card = new Div(head);
        card.addClassName("passbook-card");
        card.addClassName("goal-card");
        GoalProgress progress = goal.progress();
        if (progress != null) {
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.setId("goal-bar");
            Span status = new Span(
                    progress.reached()
                            ? owner.getTranslation(
                                    "goal.reached", progress.goal().format())
                            : owner.getTranslation(
                                    "goal.to-go",
                                    progress.toGo().format(),
                                    progress.goal().format()));
            status.addClassName("goal-status");
            status.setId("goal-status");
            card.add(bar, status);
            if (withPerSession && !progress.reached()) {
                Span needed = new Span(
                        progress.neededPerSession() == null
                                ? owner.getTranslation("goal.no-sessions-left")
                                : owner.getTranslation(
                                        "goal.per-session",
                                        progress.neededPerSession().format(),
                                        progress.sessionsLeft()));
                needed.addClassName("goal-needed");
                needed.setId("goal-needed");
                card.add(needed);
            }
        }
        return card;
    }

    Component goal(GoalView goal) {
        Component card = goalCard(owner, goal, true);
        card.setId("passbook-goal");
        return card;
    }

    /** Her receipt of the last session, and a WhatsApp text she can send herself (discreet by default). */
    Component receipt(Slip slip, boolean amounts) {
        Div card = new Div(new H2(owner.getTranslation("receipt.title", longDate(slip.date()))));
        card.addClassName("passbook-card");
        card.setId("passbook-receipt");
        card.add(line(owner.getTranslation("receipt.saved-today"), slip.savedToday()));
        card.add(line(owner.getTranslation("receipt.total"), slip.total()));
        if (slip.loanOwed().isPositive()) {
            card.add(line(owner.getTranslation("receipt.loan"), slip.loanOwed()));
        }
        String text = amounts
                ? owner.getTranslation(
                        "receipt.message.amounts",
                        longDate(slip.date()),
                        slip.savedToday().format(),
                        slip.total().format(),
                        PassbookLinks.page())
                : owner.getTranslation("receipt.message.discreet", longDate(slip.date()), PassbookLinks.page());
        Anchor share = new Anchor(
                "https://wa.me/?text="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"),
                owner.getTranslation("receipt.whatsapp"));
        share.setTarget(AnchorTarget.BLANK);
        share.getElement().setAttribute("rel", "noopener noreferrer");
        share.setId("share-whatsapp");
        share.addClassName("share-link");
        Paragraph hint =
                new Paragraph(owner.getTranslation(amounts ? "receipt.whatsapp-amounts" : "receipt.whatsapp-discreet"));
        hint.addClassName("passbook-note");
        card.add(share, hint);
        return card;
    }

    Component next(PassbookPage page) {
        Span next = new Span(
                page.nextSession() == null
                        ? owner.getTranslation("passbook.page.no-next")
                        : owner.getTranslation("passbook.page.next", longDate(page.nextSession())));
        next.setId("passbook-next");
        Div card = new Div(new Icon(VaadinIcon.CALENDAR), next);
        card.addClassName("passbook-line-card");
        return card;
    }

    Component loan(LoanLine loan) {
        LoanAccount account = loan.account();
        Div card = new Div();
        card.addClassName("passbook-card");
        card.setId("passbook-loan-" + loan.loanId());
        card.add(new H2(
                owner.getTranslation("passbook.loan.title", loan.principal().format())));
        card.add(new Paragraph(
                owner.getTranslation("loan-status." + loan.status().name())));
        if (loan.status().isOut()) {
            card.add(line(owner.getTranslation("passbook.loan.owed"), account.owed()));
            if (account.dueByNext().isPositive()) {
                card.add(line(owner.getTranslation("passbook.loan.due-next"), account.dueByNext()));
            }
            Div schedule = new Div();
            schedule.addClassName("passbook-rows");
            for (LoanAccount.Instalment instalment : account.schedule()) {
                schedule.add(row(longDate(instalment.due()), instalment.amount().format(), null));
            }
            if (!account.schedule().isEmpty()) {
                card.add(new Span(owner.getTranslation("passbook.loan.schedule")), schedule);
            }
        }
        return card;
    }

    Component own(PassbookPage page) {
        Div rows = new Div();
        rows.addClassName("passbook-rows");
        rows.setId("passbook-lines");
        for (PassbookLine line : page.passbook()) {
            String what = line.date() == null ? "" : Dates.format(line.date(), locale);
            String paper = line.paperMark() == null
                    ? ""
                    : " · "
                            + owner.getTranslation(
                                    // Her page names no officer's login: only that and when.
                                    "passbook.page.from-paper",
                                    Dates.format(line.paperMark().enteredOn(), locale));
            rows.add(row(
                    what
                            + (line.amount().isNegative() ? " · " + owner.getTranslation("entry-kind.REVERSAL") : "")
                            + paper,
                    line.amount().format(),
                    line.runningTotal().format()));
        }
        if (page.passbook().isEmpty()) {
            rows.add(new Span(owner.getTranslation("passbook.page.nothing-yet")));
        }
        Div section = new Div(new H2(owner.getTranslation("passbook.page.per-session")), rows);
        section.addClassName("passbook-section");
        return section;
    }

    Component ledger(PassbookPage page) {
        Div rows = new Div();
        rows.addClassName("passbook-rows");
        rows.setId("passbook-ledger");
        for (PassbookPage.LedgerRow row : page.ledger()) {
            String who = row.memberName() == null ? "" : row.memberName() + " · ";
            Div r = row(
                    Dates.format(row.date(), locale) + " · " + who
                            + owner.getTranslation("entry-kind." + row.kind().name()),
                    row.amount().format(),
                    null);
            if (row.reversed()) {
                r.addClassName("reversed");
            }
            rows.add(r);
        }
        Details details = new Details(owner.getTranslation("passbook.page.ledger"), rows);
        details.setId("passbook-ledger-details");
        details.addClassName("passbook-section");
        return details;
    }

    private static Div row(String what, String amount, @Nullable String total) {
        Span left = new Span(what);
        Span right = new Span(amount);
        right.addClassName("amount");
        Div row = new Div(left, right);
        if (total != null) {
            Span t = new Span(total);
            t.addClassName("running");
            row.add(t);
        }
        row.addClassName("passbook-row");
        return row;
    }

    private Div line(String label, Money amount) {
        return row(label, amount.format(), null);
    }

    private String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
    }
}
