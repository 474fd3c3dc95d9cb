package nl.kringwerk.insights.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.ui.PdfSheet;
import nl.kringwerk.insights.domain.Dashboard;
import nl.kringwerk.insights.domain.Protection;

/** How a figure reads on the page and in the exports: the same words in both. */
final class InsightTexts {

    private final Component owner;
    private final Locale locale;

    InsightTexts(Component owner, Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /** The figure for one type column: its number, "te weinig om te tonen", or "-" where it does not apply. */
    String value(Dashboard.Row row, int type) {
        Dashboard.Value value = row.values().get(type);
        if (value == null) {
            return "-";
        }
        if (value.hidden()) {
            return t("insights.hidden");
        }
        return switch (row.format()) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value.value());
            case MONEY -> Money.ofCents(value.value()).formatRounded();
            case PERCENT -> value.value() + "%";
        };
    }

    String count(Dashboard.Value value) {
        return value.hidden()
                ? t("insights.hidden")
                : NumberFormat.getIntegerInstance(locale).format(value.value());
    }

    String percent(Dashboard.Value value) {
        return value.hidden() ? t("insights.hidden") : value.value() + "%";
    }

    /** "Kwartaal 2 2026 (loopt nog) · Rotterdam": a period that is not over yet says so. */
    String period(Dashboard d) {
        String period =
                d.quarter() == null ? String.valueOf(d.year()) : t("insights.quarter", d.quarter()) + " " + d.year();
        if (d.unfinished()) {
            period = t("insights.unfinished", period);
        }
        return period + " · " + (d.municipality() == null ? t("insights.all-municipalities") : d.municipality());
    }

    /** "2026 K2", or "2026 K2 (loopt nog)" for the quarter we are in. */
    String quarter(Dashboard.Trend trend) {
        return trend.unfinished() ? t("insights.unfinished", trend.quarter()) : trend.quarter();
    }

    /** One of the rules, with the parameters filled in. */
    String promise(String key) {
        return t(
                key,
                Protection.MAX_NOISE_GROUPS,
                Protection.MAX_NOISE_PEOPLE,
                Protection.MAX_NOISE_POINTS,
                Protection.MIN_AT_RISK,
                Protection.PROMISED_GROUPS / 2,
                Protection.PROMISED_PEOPLE / 2);
    }

    /** The name of survival point i: "Nog actief na 6 maanden", "... na 1 jaar", ... */
    String survivalPoint(int i) {
        int months = Protection.SURVIVAL_MONTHS.get(i);
        return months % 12 == 0
                ? t("insights.survival-after", months / 12)
                : t("insights.survival-after-months", months);
    }

    Locale locale() {
        return locale;
    }

    /** A day as "27 november 2026". */
    String date(LocalDate day) {
        return PdfSheet.shortDate(day, locale);
    }

    String type(int t) {
        return t("insights.type." + Dashboard.TYPES.get(t));
    }
}
