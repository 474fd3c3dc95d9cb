package nl.kringwerk.insights.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.Protection;
import nl.kringwerk.insights.service.InsightOptions;
import nl.kringwerk.insights.service.InsightsService;
import nl.kringwerk.insights.service.YearReportService;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The funder's page: whether groups in her area keep going, in figures added up over groups and
 * suppressed where they rest on too few people or groups. Every figure has a short explanation;
 * the rules are on the page; the exports contain exactly what the page shows.
 */
@Route("inzichten")
@Menu(order = 9, icon = "vaadin:chart", title = "nav.insights")
@RolesAllowed({Role.Names.FUNDER, Role.Names.ADMIN, Role.Names.COORDINATOR})
public class InsightsView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> HEADLINES = List.of("groups-active", "cycles-continued", "attendance");

    /** The rules on the page and in the PDF, in this order. */
    static final List<String> PROMISES = List.of(
            "insights.promise.1",
            "insights.promise.2",
            "insights.promise.3",
            "insights.promise.4",
            "insights.promise.noise",
            "insights.promise.consistent",
            "insights.promise.5",
            "insights.promise.year-only",
            "insights.promise.survival",
            "insights.promise.units",
            "insights.promise.can",
            "insights.promise.cannot");

    private final InsightsService insights;
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final Div body = new Div();

    InsightsView(InsightsService insights, YearReportService yearReports) {
        this.insights = insights;
        addClassName("page");
        H1 title = new H1(getTranslation("insights.title"));
        title.setId("insights-title");
        add(title, new Paragraph(getTranslation("insights.intro")));
        InsightOptions options = insights.options();
        if (options.years().isEmpty()) {
            add(new Paragraph(getTranslation("insights.empty")), rules());
            return;
        }
        year.setLabel(getTranslation("insights.year"));
        year.setItems(options.years());
        year.setValue(options.years().get(0));
        year.setId("insights-year");
        quarter.setLabel(getTranslation("insights.period"));
        quarter.setItems(List.of(1, 2, 3, 4));
        quarter.setEmptySelectionAllowed(true);
        quarter.setEmptySelectionCaption(getTranslation("insights.whole-year"));
        quarter.setItemLabelGenerator(
                q -> q == null ? getTranslation("insights.whole-year") : getTranslation("insights.quarter", q));
        quarter.setId("insights-quarter");
        municipality.setLabel(getTranslation("insights.municipality"));
        municipality.setItems(options.municipalities());
        municipality.setEmptySelectionAllowed(true);
        municipality.setEmptySelectionCaption(getTranslation("insights.all-municipalities"));
        municipality.setItemLabelGenerator(m -> m == null ? getTranslation("insights.all-municipalities") : m);
        municipality.setId("insights-municipality");
        municipality.setVisible(options.municipalities().size() > 1);
        HorizontalLayout filters = new HorizontalLayout(year, quarter, municipality);
        filters.addClassName("wrap");
        year.addValueChangeListener(e -> refresh());
        quarter.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());
        body.setWidthFull();
        add(new YearReportSection(yearReports, options), filters, body, rules());
        refresh();
    }

    private Div rules() {
        UnorderedList list = new UnorderedList();
        InsightTexts texts = new InsightTexts(this, getLocale());
        for (String key : PROMISES) {
            list.add(new ListItem(texts.promise(key)));
        }
        Div box = new Div(new Span(getTranslation("insights.promise.title")), list);
        box.addClassName("notice");
        box.setId("insights-rules");
        return box;
    }

    private void refresh() {
        Dashboard d = insights.dashboard(year.getValue(), quarter.getValue(), municipality.getValue());
        InsightTexts texts = new InsightTexts(this, getLocale());
        body.removeAll();
        Div headlines = new Div();
        headlines.addClassName("headlines");
        headlines.add(tile(
                getTranslation("insights.row.groups-active"),
                texts.value(d.row("groups-active"), 2),
                hidden(d.row("groups-active").values().get(2)),
                "headline-active"));
        Dashboard.Value afterOneYear = d.survival().get(2).points().get(1);
        headlines.add(tile(
                getTranslation("insights.survival-after", 1),
                texts.percent(afterOneYear),
                afterOneYear.hidden(),
                "headline-survival"));
        headlines.add(tile(
                getTranslation("insights.row.cycles-continued"),
                texts.value(d.row("cycles-continued"), 0),
                hidden(d.row("cycles-continued").values().get(0)),
                "headline-continued"));
        headlines.add(tile(
                getTranslation("insights.row.attendance"),
                texts.value(d.row("attendance"), 2),
                hidden(d.row("attendance").values().get(2)),
                "headline-attendance"));

        Div table = new Div();
        table.addClassName("figures");
        table.setId("insights-table");
        table.add(
                cell("", "figures-head"),
                cell(getTranslation("insights.type.SAVINGS_CIRCLE"), "figures-head"),
                cell(getTranslation("insights.type.LISTENING_GROUP"), "figures-head"),
                cell(getTranslation("insights.type.ALL"), "figures-head"));
        for (Dashboard.Row row : d.rows()) {
            table.add(label(
                    getTranslation("insights.row." + row.key()),
                    getTranslation("insights.explain." + row.key()) + " "
                            + getTranslation("insights.units." + row.key())));
            for (int t = 0; t < 3; t++) {
                Span value = new Span(texts.value(row, t));
                value.setId("fig-" + row.key() + "-" + t);
                value.addClassName("figures-value");
                if (row.values().get(t) != null && row.values().get(t).hidden()) {
                    value.addClassName("figures-hidden");
                }
                table.add(value);
            }
        }
        for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
            table.add(label(texts.survivalPoint(i), getTranslation("insights.explain.survival")));
            for (int t = 0; t < 3; t++) {
                Span value = new Span(texts.percent(d.survival().get(t).points().get(i)));
                value.setId("fig-survival-" + Protection.SURVIVAL_MONTHS.get(i) + "-" + t);
                value.addClassName("figures-value");
                table.add(value);
            }
        }

        String period = texts.period(d);
        H2 headlinesTitle = new H2(getTranslation("insights.headlines", period));
        headlinesTitle.setId("insights-headlines-title");
        H2 figuresTitle = new H2(getTranslation("insights.figures", period));
        figuresTitle.setId("insights-figures-title");
        body.add(
                headlinesTitle,
                headlines,
                figuresTitle,
                table,
                exports(d, texts),
                new H2(getTranslation("insights.survival.title")),
                new Paragraph(getTranslation("insights.survival.points-text")),
                survivalChart(d, texts),
                new H2(getTranslation("insights.trend.title")),
                new Paragraph(getTranslation("insights.trend.text")),
                trendChart(d, texts));
    }

    private HorizontalLayout exports(Dashboard d, InsightTexts texts) {
        String name = "kringwerk-inzichten-" + d.year() + (d.quarter() == null ? "" : "-K" + d.quarter());
        HorizontalLayout exports = new HorizontalLayout(
                Downloads.file(
                        getTranslation("insights.export.csv"),
                        name + ".csv",
                        "text/csv",
                        () -> InsightExports.csv(d, texts),
                        "export-csv",
                        VaadinIcon.TABLE),
                Downloads.pdf(
                        getTranslation("insights.export.pdf"),
                        name + ".pdf",
                        () -> InsightExports.pdf(d, texts),
                        "export-pdf"));
        exports.addClassName("prints");
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        return exports;
    }

    private ChartCanvas survivalChart(Dashboard d, InsightTexts texts) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        String[] colours = {"#1f6f5c", "#b35c1e", "#44546a"};
        for (int t = 0; t < 3; t++) {
            // Only the fixed points, joined by straight lines; a hidden point is a gap.
            List<Map<String, Object>> points = new ArrayList<>();
            points.add(Map.of("x", 0, "y", 100));
            for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
                Dashboard.Value v = d.survival().get(t).points().get(i);
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("x", Protection.SURVIVAL_MONTHS.get(i) / 12.0);
                point.put("y", v.value());
                points.add(point);
            }
            datasets.add(Map.of(
                    "label",
                    getTranslation("insights.type." + Dashboard.TYPES.get(t)),
                    "data",
                    points,
                    "spanGaps",
                    false,
                    "borderColor",
                    colours[t],
                    "backgroundColor",
                    colours[t],
                    "pointRadius",
                    5,
                    "borderWidth",
                    t == 2 ? 4 : 2));
        }
        Map<String, Object> options = chartOptions();
        options.put(
                "scales",
                Map.of(
                        "x",
                                Map.of(
                                        "type",
                                        "linear",
                                        "min",
                                        0,
                                        "max",
                                        3,
                                        "title",
                                        Map.of("display", true, "text", getTranslation("insights.survival.x"))),
                        "y",
                                Map.of(
                                        "min",
                                        0,
                                        "max",
                                        100,
                                        "title",
                                        Map.of("display", true, "text", getTranslation("insights.survival.y")))));
        return new ChartCanvas(
                "survival-chart",
                Map.of("type", "line", "data", Map.of("datasets", datasets), "options", options),
                getTranslation("insights.survival.chart-label"),
                ChartTables.survival(d, texts));
    }

    private ChartCanvas trendChart(Dashboard d, InsightTexts texts) {
        List<String> labels = d.trend().stream().map(texts::quarter).toList();
        List<Long> sessions = d.trend().stream().map(t -> t.sessions().value()).toList();
        List<Long> active =
                d.trend().stream().map(t -> t.groupsActive().value()).toList();
        List<Map<String, Object>> datasets = List.of(
                Map.of(
                        "type",
                        "bar",
                        "label",
                        getTranslation("insights.row.sessions"),
                        "data",
                        sessions,
                        "backgroundColor",
                        "#9cc7b9",
                        "yAxisID",
                        "y"),
                Map.of(
                        "type",
                        "line",
                        "label",
                        getTranslation("insights.row.groups-active"),
                        "data",
                        active,
                        "borderColor",
                        "#1f6f5c",
                        "backgroundColor",
                        "#1f6f5c",
                        "borderWidth",
                        3,
                        "yAxisID",
                        "y1",
                        "spanGaps",
                        false));
        Map<String, Object> options = chartOptions();
        options.put(
                "scales",
                Map.of(
                        "y",
                        Map.of(
                                "beginAtZero",
                                true,
                                "position",
                                "left",
                                "title",
                                Map.of("display", true, "text", getTranslation("insights.row.sessions"))),
                        "y1",
                        Map.of(
                                "beginAtZero",
                                true,
                                "position",
                                "right",
                                "grid",
                                Map.of("drawOnChartArea", false),
                                "title",
                                Map.of("display", true, "text", getTranslation("insights.row.groups-active")))));
        return new ChartCanvas(
                "trend-chart",
                Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets), "options", options),
                getTranslation("insights.trend.chart-label"),
                ChartTables.trend(d, texts));
    }

    /** What both charts share: they fill their box, do not move, and have a legend readable at arm's length. */
    private static Map<String, Object> chartOptions() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("plugins", Map.of("legend", Map.of("labels", Map.of("font", Map.of("size", 16)))));
        return options;
    }

    /** A figure's name with its short explanation, at the start of its row. */
    private static Div label(String title, String explanation) {
        Div label = new Div(cell(title, "row-title"), cell(explanation, "row-sub"));
        label.addClassName("figures-label");
        return label;
    }

    private static boolean hidden(Dashboard.@Nullable Value value) {
        return value != null && value.hidden();
    }

    /** A headline figure; "te weinig om te tonen" is set smaller, so it fits its tile. */
    private static Div tile(String label, String value, boolean hidden, String id) {
        Span number = new Span(value);
        number.addClassName("headline-number");
        number.setClassName("headline-hidden", hidden);
        number.setId(id);
        Span name = new Span(label);
        name.addClassName("headline-name");
        Div tile = new Div(number, name);
        tile.addClassName("headline");
        return tile;
    }

    private static Span cell(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.title") + " · " + getTranslation("app.name");
    }
}
