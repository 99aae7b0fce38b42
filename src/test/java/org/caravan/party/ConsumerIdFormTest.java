package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;

import org.caravan.reference.CountryCode;
import org.junit.jupiter.api.Test;

/** The form of a consumer id and what its ISO 7064 MOD 11-10 check digit catches. */
class ConsumerIdFormTest {

    @Test
    void everyIssuedIdIsWellFormedAndOfItsCountry() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            ConsumerId id = ConsumerId.generate(CountryCode.of("KZ"), new Random(seed));
            assertThat(id.value()).matches("KZ-P\\d{12}");
            assertThat(ConsumerId.isWellFormed(id.value())).isTrue();
            assertThat(id.country()).isEqualTo(CountryCode.of("KZ"));
        });
    }

    @Test
    void everySingleWrongDigitIsCaught() {
        qt().forAll(longs().all(), integers().between(4, 15), integers().between(1, 9)).checkAssert((seed, at, shift) -> {
            String id = ConsumerId.generate(CountryCode.of("UZ"), new Random(seed)).value();
            char wrong = (char) ('0' + (id.charAt(at) - '0' + shift) % 10);
            assertThat(ConsumerId.isWellFormed(id.substring(0, at) + wrong + id.substring(at + 1))).isFalse();
        });
    }

    @Test
    void everySwapOfTwoDifferentNeighbouringDigitsIsCaught() {
        qt().forAll(longs().all(), integers().between(4, 14)).checkAssert((seed, at) -> {
            String id = ConsumerId.generate(CountryCode.of("KG"), new Random(seed)).value();
            if (id.charAt(at) != id.charAt(at + 1)) {
                String swapped = id.substring(0, at) + id.charAt(at + 1) + id.charAt(at) + id.substring(at + 2);
                assertThat(ConsumerId.isWellFormed(swapped)).isFalse();
            }
        });
    }

    @Test
    void nationalIdentityNumbersAndLooseFormsAreNotIds() {
        assertThat(ConsumerId.isWellFormed("KZ-P123456789018")).isTrue();
        assertThat(ConsumerId.isWellFormed("KZ-P123456789012")).as("wrong check digit").isFalse();
        assertThat(ConsumerId.isWellFormed("870412300123")).as("a Kazakh IIN").isFalse();
        assertThat(ConsumerId.isWellFormed("P123456789014")).as("no country").isFalse();
        assertThat(ConsumerId.isWellFormed("XX-P123456789014")).as("no such country").isFalse();
        assertThat(ConsumerId.isWellFormed("kz-p123456789014")).isFalse();
        assertThat(ConsumerId.isWellFormed("KZ-P1234567890180")).isFalse();
        assertThat(ConsumerId.isWellFormed(null)).isFalse();
    }

    @Test
    void theDocumentNeverShowsItsNumber() {
        IdentityDocument d = new IdentityDocument(IdentityDocument.Kind.NATIONAL_ID, "870412 300-123", CountryCode.of("KZ"));
        assertThat(d.toString()).doesNotContain("870412");
        assertThat(d.canonical()).isEqualTo(new IdentityDocument(IdentityDocument.Kind.NATIONAL_ID, "870412300123",
                CountryCode.of("KZ")).canonical());
    }
}
