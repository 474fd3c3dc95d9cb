package nl.kringwerk.insights.service;

import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.insights.domain.Dashboard;
import org.jspecify.annotations.Nullable;

/**
 * A year's figures for a funding application or an account to a funder: the dashboard the insights
 * page shows the same viewer for that whole year (protected in the same way, nothing added), and
 * whose groups it covers, by name of organisation or municipality only.
 *
 * @param organisations  the organisations of the viewer's scope (a coordinator's own, a fund's)
 * @param municipalities the municipalities of the viewer's scope (a gemeente's)
 * @param country        the whole country (an administrator)
 * @param madeOn         the day it was made
 */
public record YearReport(
        List<String> organisations,
        List<String> municipalities,
        boolean country,
        Dashboard dashboard,
        LocalDate madeOn) {

    public YearReport {
        organisations = List.copyOf(organisations);
        municipalities = List.copyOf(municipalities);
    }

    public int year() {
        return dashboard.year();
    }

    /** The one municipality chosen, or null for all of the scope. */
    public @Nullable String municipality() {
        return dashboard.municipality();
    }
}
