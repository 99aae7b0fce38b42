package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.caravan.reference.ReferenceData;
import org.caravan.reference.Regime;
import org.junit.jupiter.api.Test;

/**
 * Hand-built consignments replayed under two regimes with the real reference components,
 * each expected figure computed by hand beside it (the arithmetic of RegimeArithmeticTest,
 * at the built-in table's 620 KZT, 1.70 AZN per USD).
 */
class PolicyComparisonTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final PolicyComparison COMPARISON = new PolicyComparison(REFERENCE.calculator(), REFERENCE.jurisdictions(),
            REFERENCE.rates(), REFERENCE.nomenclature());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final UUID MANIFEST = UUID.randomUUID();

    static Regime regime(String id) {
        return REFERENCE.jurisdictions().regime(id).orElseThrow();
    }

    static FiledConsignment parcel(String tracking, String country, String consumerId, String value, String currency,
            String kg, String hs, Instant filedAt) {
        Money money = Money.of(value, currency);
        return new FiledConsignment(UUID.randomUUID(), MANIFEST, tracking, new UUID(0, 0), Optional.empty(),
                Optional.empty(), Optional.empty(),
                new FiledConsignment.Consignee("Recipient " + consumerId, Optional.of(consumerId), Optional.of("City"),
                        CountryCode.of(country)),
                new BigDecimal(kg), money, List.of(new FiledConsignment.Item("goods", new HsCode(hs), 1, money,
                        CountryCode.of("CN"))),
                List.of(), Optional.empty(), "AIR", CountryCode.of("CN"), filedAt);
    }

    static PolicyReport.Row row(PolicyReport report, String country, String category, String regime) {
        return report.rows().stream().filter(r -> r.country().equals(country) && r.category().equals(category)
                && r.regime().equals(regime)).findFirst().orElseThrow();
    }

    @Test
    void eaeu2020Against2026ForKazakhstan() {
        var replay = COMPARISON.replay(regime("EAEU-PERSONAL-USE-2020"), regime("EAEU-ECOMMERCE-GOODS-2026"),
                Optional.of(TODAY));
        Instant filed = Instant.parse("2026-11-25T06:00:00Z");
        // 300 EUR, 2 kg: 2020 -> 15 % of 100 EUR = 15 EUR = 9,300.00 KZT;
        // 2026 -> duty 15 EUR = 9,300.00 + VAT 16 % of 315 EUR = 50.40 EUR = 31,248.00 -> 40,548.00 KZT
        replay.add(parcel("KZPHONE0001", "KZ", "kz-1", "300.00", "EUR", "2", "851713", filed));
        // 150 EUR: within 200 EUR under both
        replay.add(parcel("KZPHONE0002", "KZ", "kz-2", "150.00", "EUR", "1", "851713", filed));
        // 210 EUR, 1 kg of T-shirts: 2020 -> 15 % of 10 EUR = 1.50 EUR = 930.00 KZT;
        // 2026 -> duty 5 % of 210 = 10.50 EUR = 6,510.00 + VAT 16 % of 220.50 = 35.28 EUR = 21,873.60 -> 28,383.60 KZT
        replay.add(parcel("KZSHIRT0001", "KZ", "kz-3", "210.00", "EUR", "1", "610910", filed));
        // Uzbekistan is no EAEU member: skipped under both
        replay.add(parcel("UZPHONE0001", "UZ", "uz-1", "300.00", "USD", "1", "851713", filed));

        PolicyReport report = replay.report();

        PolicyReport.Row phones2020 = row(report, "KZ", "phones", "EAEU-PERSONAL-USE-2020");
        assertThat(phones2020.parcels()).isEqualTo(2);
        assertThat(phones2020.aboveThreshold()).isEqualTo(1);
        assertThat(phones2020.shareAboveThreshold()).isEqualByComparingTo("0.5");
        assertThat(phones2020.releasedWithoutPayment()).isEqualTo(1);
        assertThat(phones2020.officerWorkload()).isZero();
        assertThat(phones2020.revenue()).containsExactly(Money.of("9300.00", "KZT"));
        assertThat(row(report, "KZ", "phones", "EAEU-ECOMMERCE-GOODS-2026").revenue())
                .containsExactly(Money.of("40548.00", "KZT"));
        assertThat(row(report, "KZ", "apparel", "EAEU-PERSONAL-USE-2020").revenue())
                .containsExactly(Money.of("930.00", "KZT"));
        assertThat(row(report, "KZ", "apparel", "EAEU-ECOMMERCE-GOODS-2026").revenue())
                .containsExactly(Money.of("28383.60", "KZT"));

        // 9,300.00 + 930.00 = 10,230.00; 40,548.00 + 28,383.60 = 68,931.60; B - A = 58,701.60
        assertThat(report.totals()).extracting(PolicyReport.Row::revenue).containsExactly(
                List.of(Money.of("10230.00", "KZT")), List.of(Money.of("68931.60", "KZT")));
        assertThat(report.totals().get(0).parcels()).isEqualTo(3);
        assertThat(report.totalDifference().revenue()).containsExactly(Money.of("58701.60", "KZT"));
        assertThat(report.totalDifference().aboveThreshold()).isZero();
        assertThat(report.differences()).filteredOn(d -> d.category().equals("phones")).singleElement()
                .satisfies(d -> assertThat(d.revenue()).containsExactly(Money.of("31248.00", "KZT")));

        assertThat(report.skipped()).extracting(PolicyReport.Skipped::regime, PolicyReport.Skipped::consignments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EAEU-PERSONAL-USE-2020", 1L),
                        org.assertj.core.groups.Tuple.tuple("EAEU-ECOMMERCE-GOODS-2026", 1L));
        assertThat(report.skipped().get(0).reason()).contains("UZ");
        assertThat(report.asTable()).contains("KZ", "phones", "+31,248.00 KZT", "58,701.60 KZT");
    }

    @Test
    void quotasAccumulatePerRecipientAndCalendarMonthInFilingOrder() {
        var replay = COMPARISON.replay(regime("AZ-MAIL-CARRIER-2020"), regime("UZ-COURIER-QUOTA-2025"), Optional.empty());
        Instant october = Instant.parse("2026-10-10T08:00:00Z");
        Instant november = Instant.parse("2026-11-10T08:00:00Z");
        // Azerbaijan, 300 USD a recipient a month: 250 USD free; then 60 USD leaves 10 USD above the quota:
        // duty 15 % = 1.50 USD -> 2.55 AZN; VAT 18 % x 11.50 = 2.07 USD -> 3.52 AZN; fees 15 + 30 + 5.40 AZN -> 56.47 AZN
        replay.add(parcel("AZPHONE0001", "AZ", "az-1", "250.00", "USD", "1", "851713", october));
        replay.add(parcel("AZPHONE0002", "AZ", "az-1", "60.00", "USD", "1", "851713", october));
        // a new month, a new quota; another recipient, a quota of their own
        replay.add(parcel("AZPHONE0003", "AZ", "az-1", "60.00", "USD", "1", "851713", november));
        replay.add(parcel("AZPHONE0004", "AZ", "az-2", "60.00", "USD", "1", "851713", october));
        // Uzbekistan, 200 USD a recipient a month: 150 USD free, then 60 USD passes the quota, whose charge no
        // source confirms: an officer assesses it. The courier pays 2 % of 412,000 UZS per kg, 8,240.00 UZS, on each.
        replay.add(parcel("UZPHONE0001", "UZ", "uz-1", "150.00", "USD", "1", "851713", october));
        replay.add(parcel("UZPHONE0002", "UZ", "uz-1", "60.00", "USD", "1", "851713", october));

        PolicyReport report = replay.report();

        PolicyReport.Row az = row(report, "AZ", "phones", "AZ-MAIL-CARRIER-2020");
        assertThat(az.parcels()).isEqualTo(4);
        assertThat(az.aboveThreshold()).isEqualTo(1);
        assertThat(az.releasedWithoutPayment()).isEqualTo(3);
        assertThat(az.revenue()).containsExactly(Money.of("56.47", "AZN"));
        PolicyReport.Row uz = row(report, "UZ", "phones", "UZ-COURIER-QUOTA-2025");
        assertThat(uz.parcels()).isEqualTo(2);
        assertThat(uz.aboveThreshold()).isEqualTo(1);
        assertThat(uz.releasedWithoutPayment()).isEqualTo(1);
        assertThat(uz.officerWorkload()).isEqualTo(1);
        assertThat(uz.revenue()).containsExactly(Money.of("0.00", "UZS"));
        assertThat(uz.declarantFees()).containsExactly(Money.of("16480.00", "UZS"));
        // each regime skips the other's country; the rows of the country a regime skipped are zero
        assertThat(row(report, "AZ", "phones", "UZ-COURIER-QUOTA-2025").parcels()).isZero();
        assertThat(report.skipped()).extracting(PolicyReport.Skipped::consignments).containsExactly(2L, 4L);
        assertThat(report.totals()).extracting(PolicyReport.Row::revenue).containsExactly(
                List.of(Money.of("56.47", "AZN")), List.of(Money.of("0.00", "UZS")));
    }

    @Test
    void aQuotaForARecipientNobodyIdentifiedIsLeftToAnOfficer() {
        var replay = COMPARISON.replay(regime("AZ-MAIL-CARRIER-2020"), regime("AZ-MAIL-CARRIER-2020"), Optional.of(TODAY));
        FiledConsignment known = parcel("AZPHONE0009", "AZ", "az-9", "60.00", "USD", "1", "851713", Instant.now());
        replay.add(new FiledConsignment(known.id(), known.manifestId(), known.trackingNumber(), known.courierPartyId(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                new FiledConsignment.Consignee("", Optional.empty(), Optional.empty(), CountryCode.of("AZ")),
                known.grossMassKg(), known.declaredValue(), known.items(), List.of(), Optional.empty(), "AIR",
                CountryCode.of("CN"), known.filedAt()));

        assertThat(replay.report().totals().get(0).officerWorkload()).isEqualTo(1);
        assertThat(replay.report().totals().get(0).releasedWithoutPayment()).isZero();
    }

    @Test
    void aChargeThatNeedsARateNobodyPublishedIsAnOfficersAndStillCountsAboveTheThreshold() {
        // Mongolia's 1,000 USD threshold: 1,200 USD is above it, and the duty cannot be restated without a tugrik rate
        var replay = COMPARISON.replay(regime("MN-POSTAL-2015"), regime("MN-POSTAL-2015"), Optional.of(TODAY));
        replay.add(parcel("MNSHIRT0001", "MN", "mn-1", "1200.00", "USD", "1", "610910", Instant.now()));

        PolicyReport.Row mongolia = replay.report().totals().get(0);
        assertThat(mongolia.officerWorkload()).isEqualTo(1);
        assertThat(mongolia.aboveThreshold()).isEqualTo(1);
        assertThat(mongolia.revenue()).isEmpty();
    }
}
