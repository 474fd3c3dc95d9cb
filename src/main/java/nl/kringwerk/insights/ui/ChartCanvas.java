package nl.kringwerk.insights.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import java.util.Map;

/**
 * A chart drawn by Chart.js (MIT licence), which the page loads at run time from its WebJar; no
 * frontend build is involved. The server hands over the chart's configuration as JSON: data that
 * was already suppressed, so a hidden figure is a gap, never a number. The canvas is an image with
 * a short description, followed by its figures as a table that only a screen reader reads.
 */
final class ChartCanvas extends Div {

    static final String LIBRARY = "/webjars/chart.js/4.4.7/dist/chart.umd.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String config;

    ChartCanvas(String id, Map<String, Object> config, String description, NativeTable figures) {
        setId(id);
        addClassName("chart");
        try {
            this.config = JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Element canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", description);
        getElement().appendChild(canvas);
        Div table = new Div(figures);
        table.setId(id + "-table");
        table.addClassName("visually-hidden");
        add(table);
        getElement().setAttribute("data-config", this.config);
        addAttachListener(e -> {
            e.getUI().getPage().addJavaScript(LIBRARY);
            getElement()
                    .executeJs(
                            "const el = this; const cfg = JSON.parse($0);"
                                    + " (function draw(tries) {"
                                    + "   if (window.Chart) { if (el.chart) { el.chart.destroy(); }"
                                    + "     el.chart = new Chart(el.querySelector('canvas'), cfg); }"
                                    + "   else if (tries < 100) { setTimeout(() => draw(tries + 1), 100); }"
                                    + " })(0);",
                            this.config);
        });
    }

    String config() {
        return config;
    }
}
