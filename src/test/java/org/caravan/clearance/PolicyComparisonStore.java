package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.filing.FiledConsignments;
import org.caravan.party.Role;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What {@code policy compare --from store} reads: the consignments filed through the API,
 * streamed from the store in filing order and replayed without a write. Runs on H2 and on
 * PostgreSQL, which streams rows a page at a time only inside a transaction.
 */
public abstract class PolicyComparisonStore extends ApiTest {

    @Autowired
    FiledConsignments filed;

    @Autowired
    PolicyComparison comparison;

    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void replaysTheFiledConsignmentsInFilingOrder() {
        String courier = as(Role.COURIER, null);
        String first = Filings.unique("CRP");
        String second = Filings.unique("CRP");
        Map<String, Object> manifest = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(
                Filings.line(first, null, null, "KZ", Filings.unique("KZ-P"), "Aigerim Sadykova", "851713", 1, "348.00",
                        "2.000"),
                Filings.line(second, null, null, "KZ", Filings.unique("KZ-P"), "Bolat Nurlanov", "610910", 1, "58.00",
                        "0.400")));
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);

        var replay = comparison.replay(jurisdictions.regime("EAEU-PERSONAL-USE-2020").orElseThrow(),
                jurisdictions.regime("EAEU-ECOMMERCE-GOODS-2026").orElseThrow(), Optional.of(LocalDate.of(2026, 11, 25)));
        List<String> seen = new ArrayList<>();
        filed.forEachFiled(c -> {
            if (c.trackingNumber().equals(first) || c.trackingNumber().equals(second)) {
                seen.add(c.trackingNumber());
                replay.add(c);
            }
        });

        assertThat(seen).containsExactly(first, second);
        PolicyReport report = replay.report();
        // 348 USD at 1.16 USD/EUR is 300 EUR: 2020 -> 15 % of 100 EUR = 9,300.00 KZT; 2026 -> 40,548.00 KZT
        // (with 2 kg); 58 USD (50 EUR) is free under both
        assertThat(report.totals()).extracting(PolicyReport.Row::revenue).containsExactly(
                List.of(Money.of("9300.00", "KZT")), List.of(Money.of("40548.00", "KZT")));
        assertThat(report.totals()).extracting(PolicyReport.Row::releasedWithoutPayment).containsExactly(1L, 1L);
    }
}
