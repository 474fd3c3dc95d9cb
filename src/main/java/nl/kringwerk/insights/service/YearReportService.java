package nl.kringwerk.insights.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.security.InsightAccess;
import nl.kringwerk.security.InsightScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year report (issue 21): the figures of {@link InsightsService#dashboard} for a whole year, for
 * whoever may open the insights, over her own scope only. It takes no organisation or group id: the
 * scope comes from the signed-in account ({@link InsightAccess}), so a coordinator gets her own
 * organisation and a funder her area, and there is nothing to ask for someone else's. New figures on
 * the page (rows of the dashboard) are in the report without a change here.
 */
@Service
public class YearReportService {

    private final InsightAccess access;
    private final InsightsService insights;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    YearReportService(InsightAccess access, InsightsService insights, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.insights = insights;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param municipality one of the scope's municipalities, or null for all of them
     */
    @Transactional(readOnly = true)
    public YearReport report(int year, @Nullable String municipality) {
        InsightScope scope = access.requireScope();
        Dashboard dashboard = insights.dashboard(year, null, municipality);
        List<String> organisations = scope.organisations().isEmpty()
                ? List.of()
                : jdbc.queryForList(
                        "SELECT name FROM organisation WHERE id IN (:ids) ORDER BY name",
                        new MapSqlParameterSource("ids", scope.organisations()),
                        String.class);
        List<String> municipalities = scope.municipalities().stream().sorted().toList();
        return new YearReport(organisations, municipalities, scope.country(), dashboard, LocalDate.now(clock));
    }
}
