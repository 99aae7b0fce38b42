package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft regime read from a file is checked as the bundled ones are, and a fault names its field. */
class RegimeProposalsTest {

    static final Jurisdictions JURISDICTIONS = RegimeArithmeticTest.JURISDICTIONS;
    static final Path EXAMPLE = Path.of("docs/policy/eaeu-150-eur-proposal.json");

    @Test
    void theExampleProposalLowersTheEaeuThresholdTo150Euro() {
        List<Regime> regimes = RegimeProposals.read(EXAMPLE, JURISDICTIONS);

        Regime proposal = regimes.get(0);
        assertThat(proposal.id()).isEqualTo("PROPOSAL-EAEU-150-EUR");
        assertThat(proposal.allowance().value()).isEqualTo(Money.of("150", "EUR"));
        assertThat(proposal.caveat()).contains("not a rule in force");
        // 160 EUR, 1 kg to KZ: duty max(5 % x 160 = 8, 1) = 8 EUR -> 4,960.00; VAT 16 % x 168 = 26.88 EUR -> 16,665.60
        DeMinimisCalculation c = RegimeArithmeticTest.CALCULATOR.calculate(proposal, CountryCode.of("KZ"),
                LocalDate.of(2026, 11, 25), new Parcel(Money.of("160", "EUR"), java.math.BigDecimal.ONE, List.of(),
                        Money.of("0", "EUR")));
        assertThat(c.chargeDue()).contains(Money.of("21625.60", "KZT"));
    }

    @Test
    void aMissingFieldIsNamedWithTheRegime(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("draft.json");
        Files.writeString(file, Files.readString(EXAMPLE).replace("\"validFrom\": \"2027-01-01\",", ""));

        assertThatThrownBy(() -> RegimeProposals.read(file, JURISDICTIONS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/regimes/0 (PROPOSAL-EAEU-150-EUR)").hasMessageContaining("validFrom");
    }

    @Test
    void aValueThatIsNotAllowedIsNamedWithItsField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("draft.json");
        Files.writeString(file, Files.readString(EXAMPLE).replace("PER_CONSIGNMENT", "PER_PARCEL"));

        assertThatThrownBy(() -> RegimeProposals.read(file, JURISDICTIONS))
                .hasMessageContaining("basis").hasMessageContaining("PER_PARCEL");
    }

    @Test
    void aProposalMayNotTakeABundledIdNorAForeignJurisdictionNorBeOtherThanJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("draft.json");
        Files.writeString(file, Files.readString(EXAMPLE).replace("PROPOSAL-EAEU-150-EUR", "EAEU-ECOMMERCE-GOODS-2026"));
        assertThatThrownBy(() -> RegimeProposals.read(file, JURISDICTIONS)).hasMessageContaining("bundled regime");

        Files.writeString(file, Files.readString(EXAMPLE).replace("\"KG\"", "\"FR\""));
        assertThatThrownBy(() -> RegimeProposals.read(file, JURISDICTIONS)).hasMessageContaining("does not clear for FR");

        Files.writeString(file, "{\"regimes\": [");
        assertThatThrownBy(() -> RegimeProposals.read(file, JURISDICTIONS)).hasMessageContaining("not JSON");
    }
}
