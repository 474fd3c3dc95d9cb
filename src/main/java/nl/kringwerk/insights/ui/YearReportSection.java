package nl.kringwerk.insights.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.insights.service.InsightOptions;
import nl.kringwerk.insights.service.YearReportService;

/**
 * "Jaarverslag voor een aanvraag" on the insights page: choose a year (and, with more than one, a
 * municipality), then one click gives the PDF or the CSV. The report is made when the link is
 * clicked, through {@link YearReportService}, under the access rights of whoever clicks.
 */
class YearReportSection extends Div {

    private final YearReportService reports;
    private final Select<Integer> year = new Select<>();
    private final Select<String> municipality = new Select<>();
    private final HorizontalLayout links = new HorizontalLayout();

    YearReportSection(YearReportService reports, InsightOptions options) {
        this.reports = reports;
        addClassName("notice");
        setId("year-report");
        H2 title = new H2(getTranslation("yearreport.title"));
        title.setId("year-report-title");
        year.setLabel(getTranslation("yearreport.year"));
        year.setItems(options.years());
        // The years start with this one; an application asks about the last year that is over.
        year.setValue(
                options.years().size() > 1
                        ? options.years().get(1)
                        : options.years().get(0));
        year.setId("year-report-year");
        municipality.setLabel(getTranslation("yearreport.municipality"));
        municipality.setItems(options.municipalities());
        municipality.setEmptySelectionAllowed(true);
        municipality.setEmptySelectionCaption(getTranslation("insights.all-municipalities"));
        municipality.setItemLabelGenerator(m -> m == null ? getTranslation("insights.all-municipalities") : m);
        municipality.setId("year-report-municipality");
        municipality.setVisible(options.municipalities().size() > 1);
        year.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());
        links.addClassName("prints");
        links.addClassName("wrap");
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout choices = new HorizontalLayout(year, municipality);
        choices.addClassName("wrap");
        add(title, new Paragraph(getTranslation("yearreport.text")), choices, links);
        refresh();
    }

    /** New links for the chosen year and municipality (each link makes its file when clicked). */
    private void refresh() {
        int chosenYear = year.getValue();
        String chosenMunicipality = municipality.getValue();
        InsightTexts texts = new InsightTexts(this, getLocale());
        links.removeAll();
        links.add(
                Downloads.pdf(
                        getTranslation("yearreport.pdf", String.valueOf(chosenYear)),
                        YearReportFiles.fileName(chosenYear, chosenMunicipality) + ".pdf",
                        () -> YearReportFiles.pdf(reports.report(chosenYear, chosenMunicipality), texts),
                        "year-report-pdf"),
                Downloads.file(
                        getTranslation("yearreport.csv", String.valueOf(chosenYear)),
                        YearReportFiles.fileName(chosenYear, chosenMunicipality) + ".csv",
                        "text/csv",
                        () -> YearReportFiles.csv(reports.report(chosenYear, chosenMunicipality), texts),
                        "year-report-csv",
                        VaadinIcon.TABLE));
    }
}
