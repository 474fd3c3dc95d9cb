package nl.kringwerk.insights.domain;

import java.util.List;

/**
 * Every parameter of the protection of funders' figures, in one place; the page explains them in
 * the same words ({@code insights.promise.*}) and the README lists them.
 * <ul>
 * <li>A figure resting on fewer than {@value #MIN_PEOPLE} people or {@value #MIN_GROUPS} groups is
 *     not shown, and others are hidden with it where it could be worked out ({@link Cube}). A figure
 *     about no group at all is hidden the same way (were it shown as 0, "hidden" would mean "at least
 *     one"); a shown figure is never 0.</li>
 * <li>Every shown figure gets noise by the cell key method ({@link CellKey}): a count of groups at most
 *     {@value #MAX_NOISE_GROUPS} off, a count of people at most {@value #MAX_NOISE_PEOPLE}, a total
 *     (sessions, cycles, loans, money) at most what {@value #MAX_NOISE_SUM_GROUPS} average group of the
 *     figure adds, a percentage at most {@value #MAX_NOISE_POINTS} points. The noise is zero on
 *     average and the same for the same groups and people, whoever asks and with whatever filter.</li>
 * <li>Then counts are rounded to {@value #ROUND_COUNT}, money to {@value #ROUND_MONEY_EUROS} euros.</li>
 * <li>New and stopped groups are given per year only: per quarter they are one or two groups, and the
 *     year's active groups minus a quarter's narrowed them down.</li>
 * <li>Survival only at fixed points ({@link #SURVIVAL_MONTHS} months), each only while at least
 *     {@value #MIN_AT_RISK} groups with {@value #MIN_PEOPLE} people are still followed.</li>
 * </ul>
 * The promise these give, checked by the attacker test ({@code DifferencingAttackTest}): whatever a
 * funder (or all funders together) combine, a count about fewer than 3 groups or 10 people can never
 * be narrowed down to an interval narrower than {@value #PROMISED_GROUPS} groups or
 * {@value #PROMISED_PEOPLE} people (two groups or five people either way). Noise of two groups was not
 * enough for that: the analyst subtracts two shown counts, each at most 4 off after noise and rounding,
 * and knows every shown count is at least 3; with both at the end of their noise, one group was left.
 */
public final class Protection {

    public static final int MIN_PEOPLE = 10;
    public static final int MIN_GROUPS = 3;

    public static final int MAX_NOISE_GROUPS = 4;
    public static final int MAX_NOISE_PEOPLE = 5;
    public static final int MAX_NOISE_SUM_GROUPS = 1;
    public static final int MAX_NOISE_POINTS = 3;

    public static final int ROUND_COUNT = 5;
    public static final int ROUND_MONEY_EUROS = 100;

    public static final List<Integer> SURVIVAL_MONTHS = List.of(6, 12, 24, 36);
    public static final int MIN_AT_RISK = 10;

    /**
     * The promise: the tightest interval anyone can prove for a count of groups resting on fewer than
     * {@value #MIN_GROUPS} groups or {@value #MIN_PEOPLE} people is at least this wide: two groups
     * either way.
     */
    public static final int PROMISED_GROUPS = 4;

    /** The same for a count of people: at least this wide, five people either way. */
    public static final int PROMISED_PEOPLE = 10;

    private Protection() {}
}
