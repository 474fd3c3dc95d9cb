package nl.kringwerk.savings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.Money;
import org.junit.jupiter.api.Test;

/** What the group's screen says aloud: the name, what is counted and the amount, as people say it. */
class ReadAloudTest {

    @Test
    void nameWhatAndAmountInTheChosenLanguage() {
        assertThat(ReadAloud.sentence(MemberLanguage.DUTCH, "Samira", "show.saves", Money.ofCents(1250)))
                .isEqualTo("Samira. Spaargeld: 12 euro 50.");
        assertThat(ReadAloud.sentence(MemberLanguage.POLISH, "Małgorzata", "show.repayment", Money.ofCents(2005)))
                .isEqualTo("Małgorzata. Spłata pożyczki: 20 euro 5.");
        assertThat(ReadAloud.sentence(MemberLanguage.TURKISH, "Şükran", "show.saves", Money.ofCents(1250)))
                .isEqualTo("Şükran. Birikim: 12 avro 50 sent.");
        assertThat(ReadAloud.sentence(MemberLanguage.ARABIC, "سميرة", "show.saves", Money.ofCents(1250)))
                .isEqualTo("سميرة. ادخار: 12 يورو و50 سنت.");
        assertThat(ReadAloud.sentence(MemberLanguage.UKRAINIAN, "Олена", "show.payout", Money.ofCents(123_400)))
                .isEqualTo("Олена. Виплата: 1234 євро.");
    }

    @Test
    void wholeEurosAreSaidWithoutCents() {
        assertThat(ReadAloud.sentence(MemberLanguage.ENGLISH, "Anja", "show.social-fund", Money.euros(2)))
                .isEqualTo("Anja. Social fund: 2 euro.");
    }
}
