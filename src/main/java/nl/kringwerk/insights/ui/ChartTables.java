package nl.kringwerk.insights.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.Protection;

/**
 * What a chart shows, as a table for whoever cannot see the chart (a screen reader reads it): the
 * same figures, a hidden one as "te weinig om te tonen".
 */
final class ChartTables {

    private ChartTables() {}

    /** One row per group type, one column per fixed point (6 months, 1, 2 and 3 years). */
    static NativeTable survival(Dashboard d, InsightTexts texts) {
        NativeTable table = new NativeTable();
        table.setCaptionText(texts.t("insights.survival.title"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell();
        for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
            head.addHeaderCell().setText(texts.survivalPoint(i));
        }
        for (int t = 0; t < d.survival().size(); t++) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(texts.type(t));
            for (Dashboard.Value point : d.survival().get(t).points()) {
                row.addDataCell().setText(texts.percent(point));
            }
        }
        return table;
    }

    /** One row per quarter: sessions held and active groups. */
    static NativeTable trend(Dashboard d, InsightTexts texts) {
        NativeTable table = new NativeTable();
        table.setCaptionText(texts.t("insights.trend.title"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(texts.t("insights.export.quarter"));
        for (String key : List.of("insights.row.sessions", "insights.row.groups-active")) {
            head.addHeaderCell().setText(texts.t(key));
        }
        for (Dashboard.Trend quarter : d.trend()) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(texts.quarter(quarter));
            row.addDataCell().setText(texts.count(quarter.sessions()));
            row.addDataCell().setText(texts.count(quarter.groupsActive()));
        }
        return table;
    }
}
