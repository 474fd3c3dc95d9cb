package nl.kringwerk.passbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalCodesTest {

    @Test
    void codesAreTenCharactersWithoutLookAlikesInTwoGroupsOfFive() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = PersonalCodes.generate();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}");
            assertThat(PersonalCodes.isWellFormed(code)).isTrue();
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
        // The code space stated in the README: 31^10.
        long space = 1;
        for (int i = 0; i < PersonalCodes.LENGTH; i++) {
            space *= PersonalCodes.ALPHABET.length();
        }
        assertThat(space).isEqualTo(819_628_286_980_801L);
    }

    @Test
    void theTenthWrongPinInARowTakesTheCardBackAndARightOneStartsAfresh() {
        String code = PersonalCodes.generate();
        MemberCode card =
                new MemberCode(1, 2, PersonalCodes.hash(code), PersonalCodes.pinHash(code, "2580"), Instant.EPOCH, "t");
        for (int i = 0; i < MemberCode.PIN_TRIES - 1; i++) {
            assertThat(card.checkPin(code, "1111", Instant.EPOCH)).isFalse();
        }
        assertThat(card.checkPin(code, "2580", Instant.EPOCH)).isTrue();
        assertThat(card.getWrongPins()).isZero();
        for (int i = 0; i < MemberCode.PIN_TRIES; i++) {
            assertThat(card.checkPin(code, "1111", Instant.EPOCH)).isFalse();
        }
        assertThat(card.isLive()).isFalse();
    }
}
