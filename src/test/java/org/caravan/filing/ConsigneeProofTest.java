package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.caravan.reference.CountryCode;
import org.junit.jupiter.api.Test;

class ConsigneeProofTest {

    private static final FiledConsignment.Consignee FILED = new FiledConsignment.Consignee("Aigerim Sadykova",
            Optional.of("KZ-P1"), Optional.of("Almaty"), CountryCode.of("KZ"), Optional.of("A05 0000"), Optional.of("1234"));

    @Test
    void thePostcodeProvesWhateverItsSpacesAndCase() {
        assertThat(ConsigneeProof.proves(FILED, "A05 0000")).isTrue();
        assertThat(ConsigneeProof.proves(FILED, " a050000 ")).isTrue();
        assertThat(ConsigneeProof.proves(FILED, "A05 0001")).isFalse();
    }

    @Test
    void theLastFourDigitsOfThePhoneProveButNotFewerNorTheWholeNumber() {
        assertThat(ConsigneeProof.proves(FILED, "1234")).isTrue();
        assertThat(ConsigneeProof.proves(FILED, "234")).isFalse();
        assertThat(ConsigneeProof.proves(FILED, "+7 701 555 1234")).isFalse();
        assertThat(ConsigneeProof.proves(FILED, "1235")).isFalse();
    }

    @Test
    void nothingProvesAFactThatWasNotFiled() {
        FiledConsignment.Consignee bare = new FiledConsignment.Consignee("Aigerim Sadykova", Optional.empty(),
                Optional.empty(), CountryCode.of("KZ"));
        assertThat(ConsigneeProof.proves(bare, "")).isFalse();
        assertThat(ConsigneeProof.proves(bare, "\u0000")).isFalse();
        assertThat(ConsigneeProof.proves(bare, "0000")).isFalse();
        assertThat(ConsigneeProof.proves(FILED, null)).isFalse();
        assertThat(ConsigneeProof.proves(FILED, "1234".repeat(20))).isFalse();
    }
}
