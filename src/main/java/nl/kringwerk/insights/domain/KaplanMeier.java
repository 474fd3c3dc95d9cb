package nl.kringwerk.insights.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The share of groups still going after a time, counting young groups correctly: a group that is
 * still active is "censored" (we know it lasted at least this long, not how long it will last).
 *
 * <pre>
 *   S(t) = product over event times t_i <= t of (1 - d_i / n_i)
 *   d_i  = groups that ended at t_i;  n_i = groups still observed just before t_i
 * </pre>
 * A group censored at the same time as an ending is still counted at risk at that time.
 */
public final class KaplanMeier {

    /** One group: how long it has run, and whether it ended (false: still active). */
    public record Observation(long days, boolean ended) {}

    /** The curve: after each ending time, the share still going. */
    public record Step(long days, double survival, int atRisk, int ended) {}

    private KaplanMeier() {}

    public static List<Step> curve(List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingLong(Observation::days));
        List<Step> steps = new ArrayList<>();
        double survival = 1.0;
        int atRisk = sorted.size();
        int i = 0;
        while (i < sorted.size()) {
            long t = sorted.get(i).days();
            int ended = 0;
            int leaving = 0;
            while (i < sorted.size() && sorted.get(i).days() == t) {
                if (sorted.get(i).ended()) {
                    ended++;
                }
                leaving++;
                i++;
            }
            if (ended > 0) {
                survival *= 1.0 - (double) ended / atRisk;
                steps.add(new Step(t, survival, atRisk, ended));
            }
            atRisk -= leaving;
        }
        return steps;
    }

    /** The share still going after this many days; 1 before the first ending. */
    public static double at(List<Step> curve, long days) {
        double survival = 1.0;
        for (Step step : curve) {
            if (step.days() > days) {
                break;
            }
            survival = step.survival();
        }
        return survival;
    }

    /** How many groups were still observed at this time (below a threshold the figure is not shown). */
    public static int observedAt(List<Observation> observations, long days) {
        return (int) observations.stream().filter(o -> o.days() >= days).count();
    }
}
