package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.ui.GroupView;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.PassbookLine;
import nl.kringwerk.savings.service.PassbookLoan;
import nl.kringwerk.savings.service.PassbookLoans;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsOverview;
import nl.kringwerk.savings.service.SessionLine;
import nl.kringwerk.security.Role;
import nl.kringwerk.sessions.service.TaskPreferences;
import org.jspecify.annotations.Nullable;

/**
 * What the group sees of its money: the spaaroverzicht (like the paper form), the whole ledger
 * of the cycle (open to every member), and one member's spaarboekje.
 */
@Route("groepen/:groupId([0-9]{1,18})/spaarboek")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR, Role.Names.OFFICER})
public class SavingsBookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String GROUP_ID = "groupId";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM");

    private final Savings savings;
    private final TaskPreferences preferences;
    private final GroupService groups;
    private final List<PassbookLoans> passbookLoans;
    private long groupId;

    SavingsBookView(
            Savings savings, TaskPreferences preferences, GroupService groups, List<PassbookLoans> passbookLoans) {
        this.savings = savings;
        this.passbookLoans = passbookLoans;
        this.preferences = preferences;
        this.groups = groups;
        addClassName("page");
    }

    public static RouteParameters parameters(long groupId) {
        return new RouteParameters(GROUP_ID, String.valueOf(groupId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = event.getRouteParameters().getLong(GROUP_ID).orElseThrow(NotFoundOrNotAllowedException::new);
        SavingsOverview overview = savings.records().overview(groupId);
        List<EntryLine> journal = savings.records().cycleJournal(groupId);
        removeAll();
        RouterLink back =
                new RouterLink(getTranslation("meeting.back"), GroupView.class, GroupView.parameters(groupId));
        back.addClassName("back-link");
        H1 title = new H1(getTranslation("book.title"));
        Span groupName = new Span(overview.groupName());
        groupName.addClassName("meeting-subtitle");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        Locale locale = getLocale();
        PaperForms forms = new PaperForms(
                (key, args) -> getTranslation(locale, key, args), locale, groups.screenLanguages(groupId));
        VerticalLayout overviewTab = new VerticalLayout(
                Downloads.pdf(
                        getTranslation("print.overview.link"),
                        "spaaroverzicht.pdf",
                        () -> forms.overview(overview.groupName(), overview),
                        "print-overview"),
                overview(overview));
        overviewTab.setPadding(false);
        tabs.add(getTranslation("book.overview"), overviewTab);
        tabs.add(getTranslation("book.ledger"), ledger(journal, overview.sessions()));
        tabs.add(getTranslation("book.passbook"), passbook(overview, forms));
        tabs.add(
                getTranslation("roles.tab"),
                new RolesTab(savings.tasks().roles(groupId, 8), forms, preferences.optedOut(groupId), (member, no) -> {
                    preferences.setOptedOut(groupId, member, no);
                    getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                }));
        tabs.setId("book-tabs");
        add(back, title, groupName, tabs);
    }

    private Grid<SavingsOverview.Row> overview(SavingsOverview overview) {
        Grid<SavingsOverview.Row> grid = new Grid<>();
        grid.setId("overview-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        Grid.Column<SavingsOverview.Row> name = grid.addColumn(SavingsOverview.Row::name)
                .setHeader(getTranslation("book.member"))
                .setFrozen(true)
                .setAutoWidth(true);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(name).setText(getTranslation("book.total"));
        for (SessionLine session : overview.sessions()) {
            Grid.Column<SavingsOverview.Row> column = grid.addColumn(
                            row -> cell(row.savedBySession().get(session.id())))
                    .setHeader(SHORT.format(session.date()))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            footer.getCell(column).setText(cell(overview.sessionTotals().get(session.id())));
        }
        Grid.Column<SavingsOverview.Row> total = grid.addColumn(
                        row -> row.total().format())
                .setHeader(getTranslation("book.total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        footer.getCell(total).setText(overview.total().format());
        grid.setItems(overview.rows());
        return grid;
    }

    private static String cell(@Nullable Money money) {
        return money == null ? "" : money.formatNumber();
    }

    private VerticalLayout ledger(List<EntryLine> journal, List<SessionLine> sessions) {
        Select<String> member = new Select<>();
        member.setLabel(getTranslation("book.filter-member"));
        List<String> names = journal.stream()
                .map(EntryLine::memberName)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        String all = getTranslation("book.all");
        member.setItems(prepend(all, names));
        member.setValue(all);
        member.setId("filter-member");
        Map<String, Long> sessionByLabel = sessions.stream()
                .collect(Collectors.toMap(
                        s -> Dates.format(s.date(), getLocale()), SessionLine::id, (a, b) -> a, LinkedHashMap::new));
        Select<String> session = new Select<>();
        session.setLabel(getTranslation("book.filter-session"));
        session.setItems(prepend(all, List.copyOf(sessionByLabel.keySet())));
        session.setValue(all);
        session.setId("filter-session");

        Grid<EntryLine> grid = new Grid<>();
        grid.setId("ledger-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> e.id()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> CountingRound.describe(this, e))
                .setHeader(getTranslation("book.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.memberName() == null ? "" : e.memberName())
                .setHeader(getTranslation("book.member"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.amount().format())
                .setHeader(getTranslation("book.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(e -> note(e)).setHeader(getTranslation("book.note")).setFlexGrow(1);
        grid.setPartNameGenerator(e -> e.reversed() ? "reversed" : null);
        Runnable apply = () -> grid.setItems(journal.stream()
                .filter(e -> all.equals(member.getValue()) || member.getValue().equals(e.memberName()))
                .filter(e -> all.equals(session.getValue())
                        || Objects.equals(sessionByLabel.get(session.getValue()), e.sessionId()))
                .toList());
        member.addValueChangeListener(e -> apply.run());
        session.addValueChangeListener(e -> apply.run());
        apply.run();
        HorizontalLayout filters = new HorizontalLayout(member, session);
        filters.addClassName("wrap");
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("book.ledger-help")), filters, grid);
        layout.setPadding(false);
        return layout;
    }

    private String note(EntryLine e) {
        String recordedBy = e.recordedBy() == null ? "-" : e.recordedBy();
        String witnesses = e.countedBy() == null || e.kind() == EntryKind.NO_SAVING
                ? getTranslation("book.recorded", recordedBy)
                : getTranslation("book.witnesses", e.countedBy(), recordedBy);
        String reversed = e.reversed() ? getTranslation("meeting.reversed") + " · " : "";
        String reversal =
                e.reversesEntryId() == null ? "" : getTranslation("book.reverses", e.reversesEntryId()) + " · ";
        String paper = e.paperMark() == null
                ? ""
                : " · "
                        + getTranslation(
                                "paper-session.mark",
                                Dates.format(e.paperMark().enteredOn(), getLocale()),
                                e.paperMark().enteredBy());
        return reversed + reversal + (e.reason() == null ? "" : e.reason() + " · ") + witnesses + paper;
    }

    private VerticalLayout passbook(SavingsOverview overview, PaperForms forms) {
        Select<SavingsOverview.Row> member = new Select<>();
        member.setLabel(getTranslation("book.member"));
        member.setItems(overview.rows());
        member.setItemLabelGenerator(SavingsOverview.Row::name);
        member.setId("passbook-member");
        Div lines = new Div();
        lines.addClassName("rows");
        lines.setId("passbook-lines");
        Span total = new Span();
        total.addClassName("big-amount");
        total.setId("passbook-total");
        Div print = new Div();
        Div loans = new Div();
        loans.addClassName("rows");
        loans.setId("passbook-loans");
        member.addValueChangeListener(e -> {
            lines.removeAll();
            loans.removeAll();
            List<PassbookLine> book =
                    savings.records().passbook(groupId, e.getValue().memberId());
            List<PassbookLoan> herLoans = passbookLoans.stream()
                    .flatMap(p -> p.of(groupId, e.getValue().memberId()).stream())
                    .toList();
            String name = e.getValue().name();
            print.removeAll();
            print.add(Downloads.pdf(
                    getTranslation("print.passbook.link"),
                    "spaarboekje-" + name + ".pdf",
                    () -> forms.passbook(overview.groupName(), name, book, herLoans),
                    "print-passbook"));
            if (!herLoans.isEmpty()) {
                loans.add(new H2(getTranslation("book.loans")));
                herLoans.forEach(loan -> loans.add(loanRow(loan)));
            }
            for (PassbookLine line : book) {
                Span what = new Span(Dates.format(line.date(), getLocale()) + " · "
                        + getTranslation("entry-kind." + line.kind().name()));
                what.addClassName("row-title");
                Span amount = new Span(line.amount().format());
                amount.addClassName("row-amount");
                Span running = new Span(
                        getTranslation("book.running", line.runningTotal().format()));
                running.addClassName("row-sub");
                Div text = new Div(what, running);
                if (line.paperMark() != null) {
                    Span paper = new Span(getTranslation(
                            "paper-session.mark",
                            Dates.format(line.paperMark().enteredOn(), getLocale()),
                            line.paperMark().enteredBy()));
                    paper.addClassName("row-sub");
                    text.add(paper);
                }
                text.addClassName("row-text");
                Div row = new Div(text, amount);
                row.addClassName("member-row");
                lines.add(row);
            }
            total.setText(getTranslation(
                    "book.passbook-total",
                    book.isEmpty()
                            ? Money.ZERO.format()
                            : book.get(book.size() - 1).runningTotal().format()));
        });
        Paragraph note = new Paragraph(getTranslation("book.benefit-note"));
        note.addClassName("benefit-note");
        note.setId("benefit-note");
        VerticalLayout layout = new VerticalLayout(member, total, print, lines, loans, note);
        layout.setPadding(false);
        return layout;
    }

    /** One loan: how much and when, what she paid back, what she still owes and when she pays next. */
    private Div loanRow(PassbookLoan loan) {
        Span what = new Span(getTranslation(
                "book.loan.title",
                loan.amount().format(),
                loan.outOn() == null ? "" : Dates.format(loan.outOn(), getLocale())));
        what.addClassName("row-title");
        Span repaid = new Span(getTranslation(
                "book.loan.repaid", loan.repaid().format(), loan.owed().format()));
        repaid.addClassName("row-sub");
        Div text = new Div(what, repaid);
        if (!loan.owed().isPositive()) {
            Span done = new Span(getTranslation("book.loan.paid-off"));
            done.addClassName("row-sub");
            text.add(done);
        } else if (loan.nextDue() != null) {
            Span next = new Span(getTranslation(
                    "book.loan.next", loan.nextAmount().format(), Dates.format(loan.nextDue(), getLocale())));
            next.addClassName("row-sub");
            text.add(next);
        }
        if (loan.overdue().isPositive()) {
            Span arrears =
                    new Span(getTranslation("book.loan.arrears", loan.overdue().format()));
            arrears.addClassName("row-sub");
            text.add(arrears);
        }
        text.addClassName("row-text");
        Span owed = new Span(loan.owed().format());
        owed.addClassName("row-amount");
        Div row = new Div(text, owed);
        row.addClassName("member-row");
        return row;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("book.title") + " · " + getTranslation("app.name");
    }
}
