package nl.kringwerk.insights.ui;

import static nl.kringwerk.base.ui.PdfSheet.BIG;
import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.TITLE;

import com.lowagie.text.PageSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.export.service.Csv;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.Protection;
import nl.kringwerk.insights.service.YearReport;
import org.jspecify.annotations.Nullable;

/**
 * The year report as a PDF to attach to a funding application and as a CSV beside it. Both are made
 * from the one dashboard the insights page shows for that year, row by row, so every figure the page
 * gets (also one added later) is in the report with its name and explanation, and no other: hidden
 * figures stay "te weinig om te tonen". Nothing is worked out here from the figures.
 */
final class YearReportFiles {

    private YearReportFiles() {}

    /** The code of a survival point in the CSV ("survival-12"). */
    static String survivalCode(int i) {
        return "survival-" + Protection.SURVIVAL_MONTHS.get(i);
    }

    /**
     * The type columns the PDF prints: savings circles and "Samen" always (the figures about money and
     * spaarrondes live in the savings column only), listening groups only when at least one of their
     * figures is shown: an organisation without listening groups gets no column of hidden figures.
     * Decided from the shown figures alone.
     */
    static List<Integer> shownTypes(Dashboard d) {
        int listening = 1;
        boolean anyListening =
                d.rows().stream().map(r -> r.values().get(listening)).anyMatch(v -> v != null && !v.hidden())
                        || d.survival().get(listening).points().stream().anyMatch(v -> !v.hidden());
        return anyListening ? List.of(0, 1, 2) : List.of(0, 2);
    }

    /** Whether the report shows no figure at all (then it says why, and what to try). */
    static boolean nothingShown(Dashboard d) {
        return d.rows().stream().flatMap(r -> r.values().stream()).allMatch(v -> v == null || v.hidden())
                && d.survival().stream().flatMap(s -> s.points().stream()).allMatch(Dashboard.Value::hidden);
    }

    static String fileName(int year, @Nullable String municipality) {
        String where = municipality == null
                ? ""
                : "-" + municipality.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return "kringwerk-jaarverslag-" + year + where;
    }

    static byte[] csv(YearReport r, InsightTexts texts) {
        Dashboard d = r.dashboard();
        Csv csv = new Csv();
        csv.row(texts.t("yearreport.doc.title", String.valueOf(r.year())));
        csv.row(subject(r, texts));
        csv.row(where(r, texts));
        csv.row(texts.t("yearreport.doc.period", String.valueOf(r.year())));
        if (d.unfinished()) {
            csv.row(unfinished(r, texts));
        }
        if (nothingShown(d)) {
            csv.row(texts.t("yearreport.doc.nothing"));
        }
        csv.row();
        csv.row(
                texts.t("insights.export.figure"),
                texts.t("yearreport.csv.unit"),
                texts.type(0),
                texts.type(1),
                texts.type(2),
                texts.t("yearreport.csv.explanation"),
                texts.t("yearreport.csv.code"));
        for (Dashboard.Row row : d.rows()) {
            csv.row(
                    texts.t("insights.row." + row.key()),
                    texts.t("yearreport.unit." + row.format()),
                    number(row.format(), row.values().get(0), texts),
                    number(row.format(), row.values().get(1), texts),
                    number(row.format(), row.values().get(2), texts),
                    explanation(row.key(), texts),
                    row.key());
        }
        for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
            csv.row(
                    texts.survivalPoint(i),
                    texts.t("yearreport.unit.PERCENT"),
                    number(
                            Dashboard.Format.PERCENT,
                            d.survival().get(0).points().get(i),
                            texts),
                    number(
                            Dashboard.Format.PERCENT,
                            d.survival().get(1).points().get(i),
                            texts),
                    number(
                            Dashboard.Format.PERCENT,
                            d.survival().get(2).points().get(i),
                            texts),
                    texts.t("insights.explain.survival"),
                    survivalCode(i));
        }
        csv.row();
        csv.row(texts.t("yearreport.doc.quarters", String.valueOf(r.year())));
        csv.row(
                texts.t("insights.export.quarter"),
                texts.t("insights.row.groups-active"),
                texts.t("insights.row.sessions"));
        for (Dashboard.Trend t : quarters(d)) {
            csv.row(
                    texts.quarter(t),
                    number(Dashboard.Format.COUNT, t.groupsActive(), texts),
                    number(Dashboard.Format.COUNT, t.sessions(), texts));
        }
        csv.row();
        csv.row(texts.t("yearreport.doc.differ.title"));
        csv.row(texts.t("yearreport.doc.differ"));
        csv.row(texts.t("insights.promise.title"));
        for (String key : InsightsView.PROMISES) {
            csv.row(texts.promise(key));
        }
        csv.row(made(r, texts));
        return csv.bytes();
    }

    static byte[] pdf(YearReport r, InsightTexts texts) {
        Dashboard d = r.dashboard();
        List<Integer> types = shownTypes(d);
        String foot = texts.t("yearreport.doc.title", String.valueOf(r.year())) + " · " + subject(r, texts) + " · "
                + where(r, texts);
        return PdfSheet.pdf(
                PageSize.A4, texts.locale(), page -> foot + " · " + texts.t("yearreport.doc.page", page), sheet -> {
                    sheet.paragraph(texts.t("yearreport.doc.title", String.valueOf(r.year())), TITLE);
                    sheet.paragraph(subject(r, texts), BIG);
                    sheet.paragraph(
                            where(r, texts) + " · " + texts.t("yearreport.doc.period", String.valueOf(r.year())), BODY);
                    sheet.space();
                    sheet.paragraph(texts.t("yearreport.doc.intro", String.valueOf(r.year())), BODY);
                    if (d.unfinished()) {
                        sheet.paragraph(unfinished(r, texts), BODY);
                    }
                    if (nothingShown(d)) {
                        sheet.space();
                        sheet.paragraph(texts.t("yearreport.doc.nothing"), HEAD);
                    }
                    sheet.space();

                    sheet.paragraph(texts.t("yearreport.doc.figures"), HEAD);
                    float[] widths = new float[1 + types.size()];
                    widths[0] = 6.6f;
                    String[] headers = new String[widths.length];
                    headers[0] = texts.t("insights.export.figure");
                    for (int i = 0; i < types.size(); i++) {
                        widths[1 + i] = 3;
                        headers[1 + i] = texts.type(types.get(i));
                    }
                    PdfSheet.Table table = sheet.table(widths, headers);
                    for (Dashboard.Row row : d.rows()) {
                        table.titled(texts.t("insights.row." + row.key()), explanation(row.key(), texts));
                        for (int t : types) {
                            Dashboard.Value value = row.values().get(t);
                            table.figure(texts.value(row, t), value != null && value.hidden() ? SMALL : BODY);
                        }
                    }
                    for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
                        table.titled(texts.survivalPoint(i), texts.t("insights.explain.survival"));
                        for (int t : types) {
                            Dashboard.Value value = d.survival().get(t).points().get(i);
                            table.figure(texts.percent(value), value.hidden() ? SMALL : BODY);
                        }
                    }
                    sheet.add(table);
                    sheet.paragraph(texts.t("yearreport.doc.hidden-note"), SMALL);
                    sheet.space();

                    List<Dashboard.Trend> quarters = quarters(d);
                    if (!quarters.isEmpty()) {
                        sheet.paragraph(texts.t("yearreport.doc.quarters", String.valueOf(r.year())), HEAD);
                        PdfSheet.Table trend = sheet.table(
                                new float[] {3, 3, 3},
                                texts.t("insights.export.quarter"),
                                texts.t("insights.row.groups-active"),
                                texts.t("insights.row.sessions"));
                        for (Dashboard.Trend t : quarters) {
                            trend.text(texts.quarter(t), BODY)
                                    .figure(
                                            texts.count(t.groupsActive()),
                                            t.groupsActive().hidden() ? SMALL : BODY)
                                    .figure(
                                            texts.count(t.sessions()),
                                            t.sessions().hidden() ? SMALL : BODY);
                        }
                        sheet.add(trend);
                        sheet.space();
                    }

                    sheet.paragraph(texts.t("yearreport.doc.differ.title"), HEAD);
                    sheet.paragraph(texts.t("yearreport.doc.differ"), BODY);
                    sheet.space();
                    sheet.paragraph(texts.t("insights.promise.title"), HEAD);
                    sheet.list(
                            InsightsView.PROMISES.stream().map(texts::promise).toList(), false, SMALL);
                    sheet.space();
                    sheet.paragraph(made(r, texts), SMALL);
                });
    }

    /** The quarters of the report's year (the page's trend shows the years before it too). */
    private static List<Dashboard.Trend> quarters(Dashboard d) {
        return d.trend().stream()
                .filter(t -> t.quarter().startsWith(d.year() + " "))
                .toList();
    }

    /** Whose groups: the organisation(s) and/or the municipalities of the scope, or the country. */
    private static String subject(YearReport r, InsightTexts texts) {
        if (r.country()) {
            return texts.t("yearreport.doc.country");
        }
        List<String> parts = new ArrayList<>(r.organisations());
        if (!r.municipalities().isEmpty()) {
            parts.add(texts.t("yearreport.doc.area", String.join(", ", r.municipalities())));
        }
        return String.join(" · ", parts);
    }

    private static String where(YearReport r, InsightTexts texts) {
        return texts.t(
                "yearreport.doc.where",
                r.municipality() == null ? texts.t("yearreport.doc.all-municipalities") : r.municipality());
    }

    private static String unfinished(YearReport r, InsightTexts texts) {
        return texts.t("yearreport.doc.unfinished", String.valueOf(r.year()), texts.date(r.madeOn()));
    }

    private static String made(YearReport r, InsightTexts texts) {
        return texts.t("yearreport.doc.made", texts.date(r.madeOn()));
    }

    private static String explanation(String key, InsightTexts texts) {
        return texts.t("insights.explain." + key) + " " + texts.t("insights.units." + key);
    }

    /**
     * A figure as a number a spreadsheet reads: a count or percentage as it is, an amount in whole euros
     * (it is rounded to 100 euros); a hidden one in words, one that does not apply empty.
     */
    private static String number(Dashboard.Format format, Dashboard.@Nullable Value value, InsightTexts texts) {
        if (value == null) {
            return "";
        }
        if (value.hidden()) {
            return texts.t("insights.hidden");
        }
        return format == Dashboard.Format.MONEY
                ? BigDecimal.valueOf(value.value(), 2).stripTrailingZeros().toPlainString()
                : String.valueOf(value.value());
    }
}
