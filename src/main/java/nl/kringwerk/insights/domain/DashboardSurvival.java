package nl.kringwerk.insights.domain;

import static nl.kringwerk.insights.domain.DashboardBuilder.ALL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringwerk.insights.domain.Dashboard.Value;

/**
 * The survival section of the dashboard: how many groups are still active after the fixed points of
 * {@link Protection#SURVIVAL_MONTHS}, and which of those points may be shown at all. Part of {@link
 * DashboardBuilder}.
 */
final class DashboardSurvival {

    private DashboardSurvival() {}

    /**
     * Kaplan-Meier survival of these groups as of a day (still active groups are censored), published
     * only at the fixed points of {@link Protection#SURVIVAL_MONTHS}: never a curve with the day a
     * group ended. A point is shown only where {@link #shown} allows it, with the noise of the
     * groups' cell key.
     */
    static Dashboard.Survival survival(String type, List<GroupLife> groups, LocalDate asOf, boolean[] shown) {
        List<KaplanMeier.Observation> observations = new ArrayList<>();
        long keys = 0;
        for (GroupLife g : groups) {
            if (g.startedOn().isAfter(asOf)) {
                continue;
            }
            boolean ended = g.endedOn() != null && !g.endedOn().isAfter(asOf);
            LocalDate until = ended ? g.endedOn() : asOf;
            observations.add(new KaplanMeier.Observation(ChronoUnit.DAYS.between(g.startedOn(), until), ended));
            keys += g.recordKey();
        }
        List<KaplanMeier.Step> curve = KaplanMeier.curve(observations);
        List<Value> points = new ArrayList<>();
        for (int i = 0; i < Protection.SURVIVAL_MONTHS.size(); i++) {
            long t = DashboardBuilder.daysOf(Protection.SURVIVAL_MONTHS.get(i));
            points.add(
                    shown[i] ? new Value(CellKey.percent(100 * KaplanMeier.at(curve, t), keys, 20 + i)) : Value.HIDDEN);
        }
        return new Dashboard.Survival(type, points);
    }

    /**
     * Which survival points may be shown, for every municipality of the scope (then all together) and
     * type (then both): [municipality][type][point]. A point needs at least {@link Protection#MIN_AT_RISK}
     * groups with {@link Protection#MIN_PEOPLE} people still followed. And because the survival of
     * "all municipalities" next to that of one (or of both types next to one type) tells about the
     * groups in the difference, the rules of {@link Suppression} hold along every line of municipalities
     * and of types: the groups behind the hidden points of a line that has its total shown are none or
     * at least {@link Protection#MIN_AT_RISK} with {@link Protection#MIN_PEOPLE} people.
     */
    static boolean[][][] shown(List<String> municipalities, List<GroupLife> lives, LocalDate asOf) {
        int nm = municipalities.size();
        int points = Protection.SURVIVAL_MONTHS.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nm; i++) {
            index.put(municipalities.get(i), i);
        }
        long[] at = new long[points];
        for (int i = 0; i < points; i++) {
            at[i] = DashboardBuilder.daysOf(Protection.SURVIVAL_MONTHS.get(i));
        }
        // Per municipality and type: the groups observed and their people; those followed per point.
        long[][] groups = new long[nm + 1][3];
        long[][] people = new long[nm + 1][3];
        long[][][] followed = new long[nm + 1][3][points];
        long[][][] followedPeople = new long[nm + 1][3][points];
        for (GroupLife l : lives) {
            Integer m = index.get(l.municipality());
            if (m == null || l.startedOn().isAfter(asOf)) {
                continue;
            }
            boolean ended = l.endedOn() != null && !l.endedOn().isAfter(asOf);
            long days = ChronoUnit.DAYS.between(l.startedOn(), ended ? l.endedOn() : asOf);
            int t = DashboardBuilder.typeIndex(l.type());
            for (int mm : new int[] {m, nm}) {
                for (int tt : new int[] {t, ALL}) {
                    groups[mm][tt]++;
                    people[mm][tt] += l.membersEver();
                    for (int i = 0; i < points; i++) {
                        if (days >= at[i]) {
                            followed[mm][tt][i]++;
                            followedPeople[mm][tt][i] += l.membersEver();
                        }
                    }
                }
            }
        }
        boolean[][][] shown = new boolean[nm + 1][3][points];
        long[] lineGroups = new long[Math.max(nm + 1, 3)];
        long[] linePeople = new long[lineGroups.length];
        boolean[] lineHidden = new boolean[lineGroups.length];
        for (int i = 0; i < points; i++) {
            boolean[][] hidden = new boolean[nm + 1][3];
            for (int mm = 0; mm <= nm; mm++) {
                for (int t = 0; t <= ALL; t++) {
                    hidden[mm][t] = followed[mm][t][i] < Protection.MIN_AT_RISK
                            || followedPeople[mm][t][i] < Protection.MIN_PEOPLE;
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int t = 0; t <= ALL; t++) {
                    for (int mm = 0; mm <= nm; mm++) {
                        lineGroups[mm] = groups[mm][t];
                        linePeople[mm] = people[mm][t];
                        lineHidden[mm] = hidden[mm][t];
                    }
                    if (Suppression.hideInPlace(
                            linePeople,
                            lineGroups,
                            lineGroups,
                            lineHidden,
                            nm + 1,
                            Protection.MIN_PEOPLE,
                            Protection.MIN_AT_RISK)) {
                        changed = true;
                        for (int mm = 0; mm <= nm; mm++) {
                            hidden[mm][t] |= lineHidden[mm];
                        }
                    }
                }
                for (int mm = 0; mm <= nm; mm++) {
                    for (int t = 0; t <= ALL; t++) {
                        lineGroups[t] = groups[mm][t];
                        linePeople[t] = people[mm][t];
                        lineHidden[t] = hidden[mm][t];
                    }
                    if (Suppression.hideInPlace(
                            linePeople,
                            lineGroups,
                            lineGroups,
                            lineHidden,
                            3,
                            Protection.MIN_PEOPLE,
                            Protection.MIN_AT_RISK)) {
                        changed = true;
                        for (int t = 0; t <= ALL; t++) {
                            hidden[mm][t] |= lineHidden[t];
                        }
                    }
                }
            }
            for (int mm = 0; mm <= nm; mm++) {
                for (int t = 0; t <= ALL; t++) {
                    shown[mm][t][i] = !hidden[mm][t];
                }
            }
        }
        return shown;
    }
}
