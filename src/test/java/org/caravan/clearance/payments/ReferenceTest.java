package org.caravan.clearance.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.UUID;

import org.caravan.clearance.internal.payments.model.Reference;
import org.caravan.reference.CountryCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Payment references lead back to their case, and a mistyped one never leads anywhere. */
class ReferenceTest {

    static final List<String> COUNTRIES = List.of("KZ", "KG", "UZ", "TJ", "TM");
    static final String TYPED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";
    static final Gen<UUID> IDS = longs().all().zip(longs().all(), UUID::new);
    static final Gen<Reference> REFERENCES = IDS.zip(integers().between(0, COUNTRIES.size() - 1),
            integers().between(0, 1), (id, c, kind) -> kind == 0 ? Reference.payment(CountryCode.of(COUNTRIES.get(c)), id)
                    : Reference.refund(CountryCode.of(COUNTRIES.get(c)), id));

    @Test
    void aReferenceReadsBackAsTheCaseItWasMadeFrom() {
        qt().forAll(REFERENCES).checkAssert(r -> {
            assertThat(r.value()).matches("(PAY|RFD)-[A-Z]{2}-[0-9A-Z]{25}-[0-9A-Z]");
            assertThat(Reference.parse(r.value())).isEqualTo(r);
            assertThat(Reference.parse(" " + r.value().toLowerCase() + " ")).isEqualTo(r);
        });
    }

    @Test
    void anySingleCharacterChangedIsCaught() {
        qt().forAll(REFERENCES, integers().between(0, 32), integers().between(1, TYPED.length() - 1))
                .checkAssert((r, position, shift) -> {
                    String value = r.value();
                    int at = position % value.length();
                    char replaced = TYPED.charAt((TYPED.indexOf(value.charAt(at)) + shift) % TYPED.length());
                    String typo = value.substring(0, at) + replaced + value.substring(at + 1);
                    assertThatThrownBy(() -> Reference.parse(typo)).as(typo).isInstanceOf(Reference.Unreadable.class);
                });
    }

    @Test
    void aWrongCheckCharacterIsToldApartFromAMalformedReference() {
        Reference r = Reference.payment(CountryCode.of("KZ"), UUID.fromString("01938c7e-5a4b-7c2d-9e1f-0a1b2c3d4e5f"));
        String value = r.value();
        char check = value.charAt(value.length() - 1);
        String wrong = value.substring(0, value.length() - 1) + (check == '0' ? '1' : '0');
        assertThatThrownBy(() -> Reference.parse(wrong)).isInstanceOfSatisfying(Reference.Unreadable.class,
                e -> assertThat(e.code()).isEqualTo("check-character"));
        assertThatThrownBy(() -> Reference.parse("PAY-KZ-123")).isInstanceOfSatisfying(Reference.Unreadable.class,
                e -> assertThat(e.code()).isEqualTo("malformed"));
        assertThatThrownBy(() -> Reference.parse(null)).isInstanceOf(Reference.Unreadable.class);
    }

    @Test
    void mostSwappedNeighboursAreCaughtToo() {
        // MOD 37,36 promises every single substitution; of adjacent swaps, all but a few
        int[] caught = {0};
        int[] tried = {0};
        qt().withExamples(300).forAll(REFERENCES, integers().between(7, 31)).checkAssert((r, at) -> {
            String v = r.value();
            if (v.charAt(at) == v.charAt(at + 1)) {
                return;
            }
            tried[0]++;
            String swapped = v.substring(0, at) + v.charAt(at + 1) + v.charAt(at) + v.substring(at + 2);
            try {
                Reference.parse(swapped);
            } catch (Reference.Unreadable e) {
                caught[0]++;
            }
        });
        assertThat(caught[0]).isGreaterThanOrEqualTo(tried[0] * 9 / 10);
    }
}
