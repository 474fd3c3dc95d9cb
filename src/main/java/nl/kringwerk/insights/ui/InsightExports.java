package nl.kringwerk.insights.ui;

import static nl.kringwerk.base.ui.PdfSheet.BODY;
import static nl.kringwerk.base.ui.PdfSheet.HEAD;
import static nl.kringwerk.base.ui.PdfSheet.SMALL;
import static nl.kringwerk.base.ui.PdfSheet.TITLE;

import com.lowagie.text.PageSize;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.Protection;

/**
 * The dashboard as a CSV file and as a PDF report for a council: exactly the figures the page shows,
 * hidden ones as "te weinig om te tonen", built from the same suppressed dashboard.
 */
final class InsightExports {

    private InsightExports() {}

    /** The table of the page: one line per figure, one column per group type. */
    static List<List<String>> lines(Dashboard d, InsightTexts texts) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(texts.t("insights.export.figure"), texts.type(0), texts.type(1), texts.type(2)));
        for (Dashboard.Row row : d.rows()) {
            lines.add(List.of(
                    texts.t("insights.row." + row.key()),
                    texts.value(row, 0),
                    texts.value(row, 1),
                    texts.value(row, 2)));
        }
        for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
            lines.add(List.of(
                    texts.survivalPoint(i),
                    texts.percent(d.survival().get(0).points().get(i)),
                    texts.percent(d.survival().get(1).points().get(i)),
                    texts.percent(d.survival().get(2).points().get(i))));
        }
        return lines;
    }

    static byte[] csv(Dashboard d, InsightTexts texts) {
        StringBuilder out = new StringBuilder();
        out.append(quote(texts.t("insights.title") + " " + texts.period(d))).append("\r\n");
        for (List<String> line : lines(d, texts)) {
            out.append(String.join(";", line.stream().map(InsightExports::quote).toList()))
                    .append("\r\n");
        }
        out.append(quote(texts.t("insights.trend.title"))).append("\r\n");
        out.append(quote(texts.t("insights.export.quarter")))
                .append(';')
                .append(quote(texts.t("insights.row.groups-active")))
                .append(';')
                .append(quote(texts.t("insights.row.sessions")))
                .append("\r\n");
        for (Dashboard.Trend t : d.trend()) {
            out.append(quote(texts.quarter(t)))
                    .append(';')
                    .append(quote(trend(t.groupsActive(), texts)))
                    .append(';')
                    .append(quote(trend(t.sessions(), texts)))
                    .append("\r\n");
        }
        out.append(quote(texts.t("insights.promise.3"))).append("\r\n");
        out.append(quote(texts.promise("insights.promise.noise"))).append("\r\n");
        out.append(quote(texts.promise("insights.promise.cannot"))).append("\r\n");
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(Dashboard d, InsightTexts texts) {
        return PdfSheet.pdf(PageSize.A4, sheet -> {
            sheet.paragraph(texts.t("insights.title") + " · " + texts.period(d), TITLE);
            sheet.paragraph(texts.t("insights.intro"), BODY);
            sheet.space();
            List<List<String>> lines = lines(d, texts);
            PdfSheet.Table table =
                    sheet.table(new float[] {6, 3, 3, 3}, lines.get(0).toArray(String[]::new));
            for (List<String> line : lines.subList(1, lines.size())) {
                for (String cellText : line) {
                    table.text(cellText, BODY, 18);
                }
            }
            sheet.add(table);
            sheet.space();
            sheet.paragraph(texts.t("insights.trend.title"), HEAD);
            PdfSheet.Table trend = sheet.table(
                    new float[] {3, 3, 3},
                    texts.t("insights.export.quarter"),
                    texts.t("insights.row.groups-active"),
                    texts.t("insights.row.sessions"));
            for (Dashboard.Trend t : d.trend()) {
                trend.text(texts.quarter(t), BODY, 16)
                        .text(trend(t.groupsActive(), texts), BODY, 16)
                        .text(trend(t.sessions(), texts), BODY, 16);
            }
            sheet.add(trend);
            sheet.space();
            sheet.paragraph(texts.t("insights.promise.title"), HEAD);
            sheet.list(InsightsView.PROMISES.stream().map(texts::promise).toList(), false, SMALL);
        });
    }

    private static String trend(Dashboard.Value value, InsightTexts texts) {
        return value.hidden() ? texts.t("insights.hidden") : String.valueOf(value.value());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
