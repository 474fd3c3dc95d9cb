package nl.kringwerk.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12,50 | 1250",
                "12,5 | 1250",
                "12 | 1200",
                "1.234,50 | 123450",
                "€ 7 | 700",
                "€7,05 | 705",
                "0,01 | 1",
                "1.234 | 123400",
                " 250 | 25000",
                "10,- | 1000",
                "€ 10,- | 1000",
                "€\u00a012,50 | 1250",
                "10.500 | 1050000",
                "5.000 | 500000"
            })
    void readsAmountsAsATreasurerTypesThem(String typed, long cents) {
        assertThat(Money.parse(typed)).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "12,505 | error.amount-too-many-decimals", "0,001 | error.amount-too-many-decimals",
                "twaalf | error.amount-not-a-number", "12a | error.amount-not-a-number",
                "1,2,3 | error.amount-not-a-number", "-5 | error.amount-negative",
                "99999999999 | error.amount-too-large"
            })
    void refusesWhatIsNotAnAmountAndSaysWhy(String typed, String key) {
        assertThatThrownBy(() -> Money.parse(typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput::messageKey)
                                .containsExactly(key));
    }

    /** One Dutch reading: a dot groups thousands; what could mean two things is asked, never guessed. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10 50 | error.amount-space | 10,50",
                "1 050 | error.amount-space | 1.050,00",
                "10\u00a050 | error.amount-space | 10,50",
                "10.5 | error.amount-dot | 10,50",
                "50.00 | error.amount-dot | 50,00",
                "12.50 | error.amount-dot | 12,50"
            })
    void anAmountThatCouldMeanTwoThingsIsRefusedWithTheLikelyMeaning(String typed, String key, String suggested) {
        assertThatThrownBy(() -> Money.parse(typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo(key);
                            assertThat(p.arguments()).containsExactly(suggested);
                        }));
    }

    @Test
    void anEmptyAmountIsRequired() {
        assertThatThrownBy(() -> Money.parse("  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("error.amount-required"));
    }

    @Test
    void formatsTheDutchWay() {
        assertThat(Money.ofCents(123450).format()).isEqualTo("€ 1.234,50");
        assertThat(Money.ofCents(5).format()).isEqualTo("€ 0,05");
        assertThat(Money.ofCents(-1200).format()).isEqualTo("-€ 12,00");
        assertThat(Money.euros(1_000_000).format()).isEqualTo("€ 1.000.000,00");
    }

    @Test
    void allocationGivesTheLeftoverCentsToTheLargestRemainders() {
        assertThat(Money.ofCents(100).allocate(1, 1, 1))
                .extracting(Money::cents)
                .containsExactly(34L, 33L, 33L);
        assertThat(Money.ofCents(1000).allocate(1, 2)).extracting(Money::cents).containsExactly(333L, 667L);
        assertThat(Money.ofCents(5).allocate(0, 3)).extracting(Money::cents).containsExactly(0L, 5L);
        assertThat(Money.ofCents(-100).allocate(1, 1, 1))
                .extracting(Money::cents)
                .containsExactly(-34L, -33L, -33L);
    }

    @Test
    void allocationNeverLosesOrInventsACent() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int run = 0; run < 10_000; run++) {
            long cents = random.nextLong(-1_000_000, 10_000_000);
            long[] weights = LongStream.generate(() -> random.nextLong(0, 100_000))
                    .limit(random.nextInt(1, 13))
                    .toArray();
            if (LongStream.of(weights).sum() == 0) {
                weights[0] = 1;
            }
            List<Money> parts = Money.ofCents(cents).allocate(weights);
            assertThat(parts.stream().mapToLong(Money::cents).sum())
                    .as("seed %d", seed)
                    .isEqualTo(cents);
        }
    }

    @Test
    void whatAPersonWouldTypeReadsBackAsTheSameAmount() {
        assertThat(Money.euros(250).toInputText()).isEqualTo("250");
        assertThat(Money.ofCents(123450).toInputText()).isEqualTo("1234,50");
        assertThat(Money.ofCents(123450).formatNumber()).isEqualTo("1.234,50");
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Money money = Money.ofCents(random.nextLong(0, 10_000_000_000L));
            assertThat(Money.parse(money.toInputText())).isEqualTo(money);
        }
    }

    @Test
    void arithmeticRefusesToOverflowSilently() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Money.euros(3).minus(Money.ofCents(50)).negate()).isEqualTo(Money.ofCents(-250));
    }

    @Test
    void aRoundedFigureReadsInWholeEurosWithoutCents() {
        assertThat(Money.euros(68_600).formatRounded()).isEqualTo("€ 68.600");
        assertThat(Money.euros(0).formatRounded()).isEqualTo("€ 0");
        assertThat(Money.ofCents(1050).formatRounded()).isEqualTo("€ 10,50");
        assertThat(Money.euros(-300).formatRounded()).isEqualTo("-€ 300");
    }
}
