package nl.kringwerk.insights.ui;

import static nl.kringwerk.KaribuTest.Screen.choose;
import static nl.kringwerk.KaribuTest.Screen.get;
import static nl.kringwerk.KaribuTest.Screen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringwerk.KaribuTest;
import nl.kringwerk.PdfText;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.demo.GeneratedGroups;
import nl.kringwerk.export.service.Csv;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.Protection;
import nl.kringwerk.insights.service.InsightsService;
import nl.kringwerk.insights.service.SummaryStore;
import nl.kringwerk.insights.service.YearReport;
import nl.kringwerk.insights.service.YearReportService;
import nl.kringwerk.security.DemoAccounts;
import nl.kringwerk.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.Splitter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The year report for a funding application (issue 21, point 4): a PDF and a CSV with exactly the
 * protected figures the insights page shows the same viewer for that year, nothing of another
 * organisation, nothing about too few groups or people, and only for those who may open the page.
 */
class YearReportTest extends KaribuTest {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.]*");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryStore summaries;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    InsightsService insights;

    @Autowired
    YearReportService reports;

    @Autowired
    Clock clock;

    /**
     * An organisation with many groups in one town, a small one there, and another one with groups in
     * the town and two in a village.
     */
    private record Orgs(String tag, String large, String small, String other, String town, String village) {}

    /** Made once for the class: the tests only read them. */
    private static @Nullable Orgs orgs;

    private Orgs generate() {
        if (orgs != null) {
            return orgs;
        }
        String tag = String.valueOf(System.nanoTime() % 1_000_000);
        String large = "Stichting Jaar " + tag;
        String small = "Stichting Klein " + tag;
        String other = "Ander werk " + tag;
        String town = "Jaarstad " + tag;
        String village = "Jaardorp " + tag;
        LocalDate today = LocalDate.now(clock);
        GeneratedGroups generator = new GeneratedGroups(jdbc);
        generator.generate(new GeneratedGroups.Scale(30, List.of(town), List.of(large), 3, 21), today);
        generator.generate(new GeneratedGroups.Scale(2, List.of(village), List.of(other), 3, 22), today);
        generator.generate(new GeneratedGroups.Scale(2, List.of(town), List.of(small), 3, 23), today);
        generator.generate(new GeneratedGroups.Scale(10, List.of(town), List.of(other), 3, 24), today);
        // Only these groups' summaries (a rebuild of every group in the shared test database is slow).
        summaries.refresh(jdbc.queryForList(
                "SELECT k.id FROM kring k JOIN organisation o ON o.id = k.organisation_id WHERE o.name IN (?, ?, ?)",
                Long.class,
                large,
                small,
                other));
        // Fresh statistics after the bulk insert: with stale ones MariaDB chose a slow plan for the loan
        // figures of the next full rebuild in the same database (InsightsViewTest hit the 5 s limit).
        jdbc.queryForList("ANALYZE TABLE loan, journal_entry, savings_session, kring, member");
        orgs = new Orgs(tag, large, small, other, town, village);
        return orgs;
    }

    private String coordinatorOf(String organisation, String tag) {
        long id = jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, organisation);
        String username = "jaar-" + id + "-" + tag + "-" + System.nanoTime() % 1_000_000;
        accounts.create(username, TestWorld.PASSWORD, "Coördinator", Role.COORDINATOR, id);
        return username;
    }

    private int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    @Test
    void theCoordinatorsReportHoldsExactlyTheFiguresThePageShowsHerForThatYear() throws Exception {
        Orgs o = generate();
        login(coordinatorOf(o.large(), o.tag()));
        int year = lastYear();

        YearReport report = reports.report(year, null);
        Dashboard page = insights.dashboard(year, null, null);
        assertThat(report.dashboard()).isEqualTo(page);
        assertThat(report.organisations()).containsExactly(o.large());
        assertThat(report.country()).isFalse();
        // Enough groups for figures to show: the report is not empty.
        assertThat(page.row("groups-active").values().get(2).hidden()).isFalse();

        InsightTexts texts = new InsightTexts(UI.getCurrent(), Translations.DUTCH);
        // The CSV: one line per figure of the page, in its order, with the page's values (as numbers).
        List<List<String>> csv = Csv.read(YearReportFiles.csv(report, texts));
        List<List<String>> figures = figureLines(csv);
        List<String> codes = figures.stream().map(l -> l.get(l.size() - 1)).toList();
        List<String> expectedCodes =
                new ArrayList<>(page.rows().stream().map(Dashboard.Row::key).toList());
        Protection.SURVIVAL_MONTHS.forEach(m -> expectedCodes.add("survival-" + m));
        assertThat(codes).containsExactlyElementsOf(expectedCodes);
        // The outcome answers per statement, start and end, are figures of the page and of the report.
        for (int q = 0; q < 5; q++) {
            for (boolean end : new boolean[] {false, true}) {
                for (int band = 0; band < 3; band++) {
                    assertThat(codes)
                            .contains(nl.kringwerk.insights.domain.DashboardBuilder.statementKey(q, end, band));
                }
            }
        }
        for (Dashboard.Row row : page.rows()) {
            List<String> line = figures.get(codes.indexOf(row.key()));
            assertThat(line.get(0)).isEqualTo(texts.t("insights.row." + row.key()));
            for (int t = 0; t < 3; t++) {
                assertThat(line.get(2 + t))
                        .as(row.key() + " " + t)
                        .isEqualTo(csvValue(row.format(), row.values().get(t)));
            }
            assertThat(line.get(5)).contains(texts.t("insights.explain." + row.key()));
        }
        for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
            List<String> line = figures.get(codes.indexOf("survival-" + Protection.SURVIVAL_MONTHS.get(i)));
            for (int t = 0; t < 3; t++) {
                assertThat(line.get(2 + t))
                        .isEqualTo(csvValue(
                                Dashboard.Format.PERCENT,
                                page.survival().get(t).points().get(i)));
            }
        }

        // The PDF, read back with PDFBox: each figure's line holds the values the page shows...
        byte[] pdf = PdfText.keep("year-report", YearReportFiles.pdf(report, texts));
        String printed = PdfText.of(pdf);
        List<String> seen = seenPageByPage(pdf);
        assertThat(printed)
                .contains("Jaarverslag " + year, o.large(), "Zo beschermen we de deelnemers")
                .contains("Jaarverslag " + year + " · " + o.large() + " · Gemeente: alle gemeenten · pagina 2")
                .doesNotContain("Voor deze keuze tonen we geen enkel cijfer.");
        for (Dashboard.Row row : page.rows()) {
            // A long name may take two lines: its first two words begin the line with the values.
            String label = texts.t("insights.row." + row.key());
            String start = String.join(" ", List.of(label.split(" ")).subList(0, Math.min(2, label.split(" ").length)));
            // A row whose every value is hidden has its name alone on the line ("te weinig om te tonen" wraps).
            String line = seen.stream()
                    .filter(s -> s.equals(start) || s.startsWith(start + " "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(label + " not in " + seen));
            for (int t = 0; t < 3; t++) {
                Dashboard.Value value = row.values().get(t);
                if (value != null
                        && !value.hidden()
                        && YearReportFiles.shownTypes(page).contains(t)) {
                    assertThat(line).contains(texts.value(row, t));
                }
            }
        }
        // ... and every number printed is either a figure of the page or part of the fixed text.
        Set<String> pageNumbers = new HashSet<>();
        for (Dashboard.Row row : page.rows()) {
            for (int t = 0; t < 3; t++) {
                pageNumbers.addAll(numbers(texts.value(row, t)));
            }
        }
        page.survival().forEach(s -> s.points().forEach(v -> pageNumbers.addAll(numbers(texts.percent(v)))));
        page.trend().forEach(tr -> {
            pageNumbers.addAll(numbers(texts.count(tr.groupsActive())));
            pageNumbers.addAll(numbers(texts.count(tr.sessions())));
        });
        Set<String> fixedText = new HashSet<>(numbers(PdfText.of(YearReportFiles.pdf(allHidden(report), texts))));
        Set<String> printedNumbers = new HashSet<>(numbers(printed));
        printedNumbers.removeAll(fixedText);
        assertThat(pageNumbers).containsAll(printedNumbers);
        assertThat(printedNumbers).isNotEmpty();
    }

    @Test
    void noFigureAboutTooFewGroupsOrPeopleReachesTheReport() throws Exception {
        Orgs o = generate();
        int year = lastYear();
        InsightTexts texts = new InsightTexts(UI.getCurrent(), Translations.DUTCH);

        // An organisation with two groups: every figure is hidden, in the CSV and in the PDF.
        login(coordinatorOf(o.small(), o.tag()));
        YearReport small = reports.report(year, null);
        assertThat(small.dashboard()).isEqualTo(insights.dashboard(year, null, null));
        assertNoFigures(small, texts);
        logout();

        // The other organisation's two groups in the village: hidden too.
        login(coordinatorOf(o.other(), o.tag()));
        YearReport village = reports.report(year, o.village());
        assertThat(village.dashboard()).isEqualTo(insights.dashboard(year, null, o.village()));
        assertThat(village.municipality()).isEqualTo(o.village());
        assertNoFigures(village, texts);
    }

    private static void assertNoFigures(YearReport report, InsightTexts texts) throws Exception {
        for (List<String> line : figureLines(Csv.read(YearReportFiles.csv(report, texts)))) {
            for (int t = 0; t < 3; t++) {
                assertThat(line.get(2 + t)).isIn("te weinig om te tonen", "");
            }
        }
        String printed = PdfText.of(YearReportFiles.pdf(report, texts));
        Set<String> printedNumbers = new HashSet<>(numbers(printed));
        printedNumbers.removeAll(numbers(PdfText.of(YearReportFiles.pdf(allHidden(report), texts))));
        assertThat(printedNumbers).isEmpty();
        assertThat(printed).contains("te weinig om te tonen", "Voor deze keuze tonen we geen enkel cijfer.");
    }

    @Test
    void onlyThoseWhoMayOpenTheInsightsGetAReportAndOnlyOfTheirOwnScope() {
        Orgs o = generate();
        int year = lastYear();
        TestWorld.World world = testWorld.create();

        for (String other : List.of(world.facilitatorA(), world.officerA())) {
            login(other);
            assertThatThrownBy(() -> reports.report(year, null)).isInstanceOf(NotFoundOrNotAllowedException.class);
            logout();
        }
        // A coordinator of another organisation gets nothing of this one: there is no id to ask for, her
        // own organisation has no figures, and a municipality outside her scope is refused.
        login(world.coordinatorB());
        assertThatThrownBy(() -> reports.report(year, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.report(year, o.town())).isInstanceOf(NotFoundOrNotAllowedException.class);
        logout();
        login(coordinatorOf(o.large(), o.tag()));
        assertThatThrownBy(() -> reports.report(year, "Nergensdorp " + o.tag()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> reports.report(year - 20, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.report(year + 5, null)).isInstanceOf(InvalidInputException.class);
        logout();

        // A funder gets the page's figures of her scope, in the same words; a funder without scope nothing.
        login(world.funder());
        assertThatThrownBy(() -> reports.report(year, null)).isInstanceOf(InvalidInputException.class);
        accounts.addFunderScope(accounts.idOf(world.funder()), o.town(), null);
        YearReport funder = reports.report(year, null);
        assertThat(funder.dashboard()).isEqualTo(insights.dashboard(year, null, null));
        assertThat(funder.municipalities()).containsExactly(o.town());
        assertThat(funder.organisations()).isEmpty();
    }

    @Test
    void theInsightsPageOffersTheYearReportWithAYearChooser() {
        Orgs o = generate();
        login(coordinatorOf(o.large(), o.tag()));
        navigate("inzichten");
        assertThat(text("year-report-title")).isEqualTo("Jaarverslag voor een aanvraag");
        @SuppressWarnings("unchecked")
        Select<Integer> year = get(Select.class, "year-report-year");
        // The last year that is over is the one an application asks about.
        assertThat(year.getValue()).isEqualTo(lastYear());
        assertThat(get(Anchor.class, "year-report-pdf").getText()).contains("PDF");
        assertThat(get(Anchor.class, "year-report-csv").getText()).contains("CSV");
        choose("year-report-year", lastYear() - 1);
        assertThat(get(Anchor.class, "year-report-pdf").getHref()).isNotBlank();
        logout();
        TestWorld.World world = testWorld.create();
        accounts.addFunderScope(accounts.idOf(world.funder()), o.town(), null);
        login(world.funder());
        navigate("inzichten");
        assertThat(get(Anchor.class, "year-report-pdf")).isNotNull();
    }

    /** The lines of the figures table: from the header to the first empty line. */
    private static List<List<String>> figureLines(List<List<String>> csv) {
        int header = 0;
        while (!csv.get(header).get(csv.get(header).size() - 1).equals("Code")) {
            header++;
        }
        List<List<String>> lines = new ArrayList<>();
        for (int i = header + 1; i < csv.size() && csv.get(i).size() > 1; i++) {
            lines.add(csv.get(i));
        }
        return lines;
    }

    private static String csvValue(Dashboard.Format format, Dashboard.@Nullable Value value) {
        if (value == null) {
            return "";
        }
        if (value.hidden()) {
            return "te weinig om te tonen";
        }
        return format == Dashboard.Format.MONEY
                ? BigDecimal.valueOf(value.value(), 2).stripTrailingZeros().toPlainString()
                : String.valueOf(value.value());
    }

    /** The same report with every figure hidden: what is left is the fixed text. */
    private static YearReport allHidden(YearReport r) {
        Dashboard d = r.dashboard();
        List<Dashboard.Row> rows = d.rows().stream()
                .map(row -> new Dashboard.Row(
                        row.key(),
                        row.format(),
                        row.values().stream()
                                .map(v -> v == null ? null : Dashboard.Value.HIDDEN)
                                .toList()))
                .toList();
        List<Dashboard.Survival> survival = d.survival().stream()
                .map(s -> new Dashboard.Survival(
                        s.type(),
                        s.points().stream().map(p -> Dashboard.Value.HIDDEN).toList()))
                .toList();
        List<Dashboard.Trend> trend = d.trend().stream()
                .map(t -> new Dashboard.Trend(
                        t.quarter(), Dashboard.Value.HIDDEN, Dashboard.Value.HIDDEN, t.unfinished()))
                .toList();
        return new YearReport(
                r.organisations(),
                r.municipalities(),
                r.country(),
                new Dashboard(d.year(), d.quarter(), d.municipality(), d.unfinished(), rows, survival, trend),
                r.madeOn());
    }

    /** What the eye sees, page by page (lines of different pages at the same height are not mixed). */
    private static List<String> seenPageByPage(byte[] pdf) throws IOException {
        List<String> seen = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDDocument page : new Splitter().split(document)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                page.save(out);
                page.close();
                seen.addAll(PdfText.seen(out.toByteArray()));
            }
        }
        return seen;
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\.$", ""));
        }
        return found;
    }
}
