package nl.kringwerk.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.kringwerk.insights.domain.KaplanMeier.Observation;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {

    /**
     * Ten groups, times in days. Ended: 100, 300, 300, 500, 800. Still active (censored): 200, 400,
     * 600, 900, 1200.
     *
     * <pre>
     * t=100: at risk 10, 1 ended: S = 1 x 9/10                   = 0.9
     * t=200: one censored (leaves without an ending)             -> at risk 8 after
     * t=300: at risk 8, 2 ended:  S = 0.9 x 6/8                  = 0.675
     * t=400: one censored                                        -> at risk 5 after
     * t=500: at risk 5, 1 ended:  S = 0.675 x 4/5                = 0.54
     * t=600: one censored                                        -> at risk 3 after
     * t=800: at risk 3, 1 ended:  S = 0.54 x 2/3                 = 0.36
     * After 1 year (365 days): 0.675; after 2 years (730): 0.54; after 3 years (1095): 0.36.
     * A naive "share of groups that ran a year" counts the young group censored at 200 days as a failure
     * (6 of 10 = 0.6); Kaplan-Meier does not.
     * </pre>
     */
    @Test
    void survivalAfterOneTwoAndThreeYearsAsComputedByHand() {
        List<Observation> groups = List.of(
                new Observation(100, true),
                new Observation(200, false),
                new Observation(300, true),
                new Observation(300, true),
                new Observation(400, false),
                new Observation(500, true),
                new Observation(600, false),
                new Observation(800, true),
                new Observation(900, false),
                new Observation(1200, false));
        var curve = KaplanMeier.curve(groups);
        assertThat(curve).extracting(KaplanMeier.Step::days).containsExactly(100L, 300L, 500L, 800L);
        assertThat(curve).extracting(KaplanMeier.Step::atRisk).containsExactly(10, 8, 5, 3);
        assertThat(KaplanMeier.at(curve, 365)).isCloseTo(0.675, within(1e-9));
        assertThat(KaplanMeier.at(curve, 730)).isCloseTo(0.54, within(1e-9));
        assertThat(KaplanMeier.at(curve, 1095)).isCloseTo(0.36, within(1e-9));
        assertThat(KaplanMeier.at(curve, 50)).isEqualTo(1.0);
        assertThat(KaplanMeier.observedAt(groups, 1095)).isEqualTo(1);
    }

    @Test
    void aGroupCensoredAtTheTimeOfAnEndingIsStillAtRiskThen() {
        // At t=100: 4 at risk, 1 ended, 1 censored at the same time: S = 3/4; then 2 at risk.
        var curve = KaplanMeier.curve(List.of(
                new Observation(100, true),
                new Observation(100, false),
                new Observation(200, true),
                new Observation(300, false)));
        assertThat(curve.get(0).survival()).isCloseTo(0.75, within(1e-9));
        assertThat(curve.get(1).atRisk()).isEqualTo(2);
        assertThat(curve.get(1).survival()).isCloseTo(0.375, within(1e-9));
    }
}
