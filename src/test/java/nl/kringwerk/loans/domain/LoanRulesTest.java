package nl.kringwerk.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Money;
import org.junit.jupiter.api.Test;

class LoanRulesTest {

    @Test
    void aLoanFitsWithinThreeTimesHerSavingsTheCashInTheBoxAndTheTerm() {
        assertThat(LoanRules.checkRequest(Money.euros(150), 16, Money.euros(50), Money.euros(400), 3, 16, false, false))
                .isEmpty();
        assertThat(keys(LoanRules.checkRequest(
                        Money.ofCents(150_01), 16, Money.euros(50), Money.euros(400), 3, 16, false, false)))
                .containsExactly("error.loan-above-cap");
        assertThat(keys(LoanRules.checkRequest(
                        Money.euros(150), 16, Money.euros(50), Money.euros(100), 3, 16, false, false)))
                .containsExactly("error.loan-above-cash");
        assertThat(keys(LoanRules.checkRequest(
                        Money.euros(10), 17, Money.euros(50), Money.euros(100), 3, 16, false, false)))
                .containsExactly("error.loan-term");
        assertThat(keys(LoanRules.checkRequest(
                        Money.euros(10), 4, Money.euros(50), Money.euros(100), 3, 16, true, false)))
                .containsExactly("error.loan-already-open");
        assertThat(LoanRules.checkRequest(Money.euros(10), 4, Money.euros(50), Money.euros(100), 3, 16, true, true))
                .isEmpty();
        assertThat(keys(LoanRules.checkRequest(Money.ZERO, 4, Money.euros(50), Money.euros(100), 3, 16, false, false)))
                .containsExactly("error.amount-not-positive");
    }

    @Test
    void interestIsAFlatRatePerFourWeeksOnThePrincipalRoundedOnce() {
        InterestRate twoPercent = InterestRate.parsePercent("2");
        assertThat(twoPercent.interestFor(Money.euros(100), 16)).isEqualTo(Money.euros(8));
        assertThat(InterestRate.parsePercent("1,5").interestFor(Money.ofCents(3333), 6))
                .isEqualTo(Money.ofCents(75));
        assertThat(InterestRate.NONE.interestFor(Money.euros(100), 16)).isEqualTo(Money.ZERO);
        assertThat(InterestRate.parsePercent("12").deservesAWarning()).isTrue();
        assertThat(InterestRate.parsePercent("10").deservesAWarning()).isFalse();
        assertThatThrownBy(() -> InterestRate.parsePercent("-1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRepaymentPaysInterestFirstThenPrincipal() {
        assertThat(Repayment.split(Money.euros(10), Money.euros(4), Money.euros(100)))
                .isEqualTo(new Repayment(Money.euros(4), Money.euros(6)));
        assertThat(Repayment.split(Money.euros(3), Money.euros(4), Money.euros(100)))
                .isEqualTo(new Repayment(Money.euros(3), Money.ZERO));
        assertThatThrownBy(() -> Repayment.split(Money.euros(105), Money.euros(4), Money.euros(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instalmentsAddUpExactlyToWhatIsOwed() {
        assertThat(LoanRules.instalments(Money.euros(100), 3))
                .extracting(Money::cents)
                .containsExactly(3334L, 3333L, 3333L);
    }

    private static List<String> keys(List<InvalidInput> problems) {
        return problems.stream().map(InvalidInput::messageKey).toList();
    }
}
