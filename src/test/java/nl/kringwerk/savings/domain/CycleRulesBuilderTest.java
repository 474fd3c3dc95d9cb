package nl.kringwerk.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.groups.domain.Frequency;
import org.junit.jupiter.api.Test;

class CycleRulesBuilderTest {

    static final LocalDate START = LocalDate.of(2026, 3, 3);

    @Test
    void unchangedTheBuilderGivesThePracticeDefaultsOfAWeeklyGroupForAYear() {
        CycleRules rules = CycleRules.builder(START).build();
        assertThat(rules).isEqualTo(CycleRules.defaults(START, Frequency.WEEKLY));
        assertThat(rules.plannedEndOn()).isEqualTo(START.plusYears(1));
        assertThat(rules.socialFundPerSession()).isNull();
        assertThat(rules.maxDeposit()).isEqualTo(Money.euros(250));
        assertThat(rules.defaultInterestBp()).isZero();
        assertThat(rules.loanCapMultiple()).isEqualTo(3);
        assertThat(rules.maxLoanWeeks()).isEqualTo(16);
        assertThat(rules.multipleLoans()).isFalse();
        assertThat(rules.interestShare()).isEqualTo(InterestShare.BY_SAVINGS);
        assertThat(rules.fixedRoles()).isFalse();
        assertThat(rules.problems()).isEmpty();
    }

    @Test
    void eachStepSetsTheRuleOfItsOwnName() {
        CycleRules rules = CycleRules.builder(START)
                .plannedEndOn(START.plusMonths(8))
                .frequency(Frequency.EVERY_TWO_WEEKS)
                .socialFundPerSession(Money.euros(2))
                .maxDeposit(Money.euros(100))
                .defaultInterestBp(150)
                .loanCapMultiple(2)
                .maxLoanWeeks(12)
                .multipleLoans(true)
                .interestShare(InterestShare.BY_SAVINGS_AND_TIME)
                .fixedRoles(true)
                .build();
        assertThat(rules)
                .isEqualTo(new CycleRules(
                        START,
                        START.plusMonths(8),
                        Frequency.EVERY_TWO_WEEKS,
                        Money.euros(2),
                        Money.euros(100),
                        150,
                        2,
                        12,
                        true,
                        InterestShare.BY_SAVINGS_AND_TIME,
                        true));
    }
}
