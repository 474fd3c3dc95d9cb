package nl.kringwerk.insights.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Map;

/**
 * A chart drawn by Chart.js (MIT licence), which the page loads at run time from its WebJar; no
 * frontend build is involved. The server hands over the chart's configuration as JSON: data that
 * was already suppressed, so a hidden figure is a gap, never a number.
 */
final class ChartCanvas extends Div {

    static final String LIBRARY = "/webjars/chart.js/4.4.7/dist/chart.umd.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String config;

    ChartCanvas(String id, Map<String, Object> config) {
        setId(id);
        addClassName("chart");
        try {
            this.config = JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        getElement().appendChild(new Element("canvas"));
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
