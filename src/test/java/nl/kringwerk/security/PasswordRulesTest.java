package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import org.junit.jupiter.api.Test;

/** NIST SP 800-63B in a few lines: length, no common passwords, no composition rules. */
class PasswordRulesTest {

    @Test
    void staffAndFundersNeedTwelveCharactersOfficersEight() {
        assertThat(keys("korte-zin12", Role.COORDINATOR)).containsExactly("error.password-too-short");
        assertThat(PasswordRules.check("korte-zin12", Role.COORDINATOR, "marieke")
                        .get(0)
                        .arguments())
                .containsExactly(12);
        assertThat(keys("tulp-fiets", Role.OFFICER)).isEmpty();
        assertThat(keys("tulpfie", Role.OFFICER)).containsExactly("error.password-too-short");
        assertThat(keys("tulp-fiets", Role.FUNDER)).containsExactly("error.password-too-short");
    }

    @Test
    void noCompositionRulesALongSentenceOfSmallLettersIsFine() {
        assertThat(keys("de kat slaapt op de bank", Role.ADMIN)).isEmpty();
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCapitalsOrDigitsAtTheEnd() {
        assertThat(keys("qwertyuiop123", Role.OFFICER)).containsExactly("error.password-common");
        assertThat(keys("Password1234", Role.ADMIN)).containsExactly("error.password-common");
        assertThat(keys("Wachtwoord2026!", Role.ADMIN)).containsExactly("error.password-common");
        assertThat(keys("welkom123", Role.OFFICER)).containsExactly("error.password-common");
        assertThat(keys("kring2026", Role.OFFICER))
                .as("long enough for an officer and on no list")
                .isEmpty();
    }

    @Test
    void theUsernameInsideOrOneCharacterRepeatedIsRefused() {
        assertThat(PasswordRules.check("marieke-van-de-kring", Role.COORDINATOR, "marieke"))
                .extracting(InvalidInput::messageKey)
                .containsExactly("error.password-has-username");
        assertThat(keys("aaaaaaaaaaaaaaaa", Role.ADMIN)).containsExactly("error.password-repetitive");
        assertThat(keys("", Role.ADMIN)).containsExactly("error.required");
        assertThat(keys("x".repeat(30) + "yz1-" + "k".repeat(40), Role.ADMIN)).containsExactly("error.too-long");
    }

    @Test
    void startCodesAreTwelveUnambiguousCharactersAndTheirHashIgnoresCapitalsDashesAndSpaces() {
        String code = StartCodes.generate();
        assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(StartCodes.hash(code.toLowerCase().replace("-", " "))).isEqualTo(StartCodes.hash(code));
        assertThat(StartCodes.hash(code)).hasSize(64).doesNotContain(code);
        assertThat(StartCodes.generate()).isNotEqualTo(code);
    }

    private static List<String> keys(String password, Role role) {
        return PasswordRules.check(password, role, "someone").stream()
                .map(InvalidInput::messageKey)
                .toList();
    }
}
