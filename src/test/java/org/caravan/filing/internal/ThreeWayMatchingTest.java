package org.caravan.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.filing.MatchSignal.Kind;
import org.caravan.filing.internal.store.StoredOrder;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.caravan.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest line against the platform's order and its payment: each discrepancy is one signal. */
class ThreeWayMatchingTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final ThreeWayMatching MATCHING = new ThreeWayMatching(REFERENCE.rates(), REFERENCE.jurisdictions());
    static final Instant FILED = Instant.parse("2026-11-25T06:00:00Z");

    /** Two T-shirts for Aigerim Sadykova in Almaty, 100.00 USD, paid in full. */
    static StoredOrder order() {
        return new StoredOrder(UUID.randomUUID(), "shop", "ORD-1", CountryCode.of("KZ"), Money.of("100.00", "USD"),
                "Aigerim Sadykova", Optional.of("KZ-P100"), "Yiwu Cotton Garments Co",
                List.of(new StoredOrder.ItemKey("610910", 2)), Optional.of(Money.of("100.00", "USD")));
    }

    static StoredOrder order(Money goods, Optional<Money> paid) {
        StoredOrder o = order();
        return new StoredOrder(o.id(), o.platformCode(), o.platformOrderRef(), o.destination(), goods, o.consigneeName(),
                o.consumerId(), o.sellerName(), o.items(), paid);
    }

    static StoredOrder orderFor(String consigneeName, Optional<String> consumerId) {
        StoredOrder o = order();
        return new StoredOrder(o.id(), o.platformCode(), o.platformOrderRef(), o.destination(), o.goodsValue(),
                consigneeName, consumerId, o.sellerName(), o.items(), o.paid());
    }

    static FiledConsignment.Item tShirts(int quantity, String value, String currency) {
        return new FiledConsignment.Item("Cotton T-shirt", new HsCode("6109100000"), quantity, Money.of(value, currency),
                CountryCode.of("CN"));
    }

    /** The line that matches {@link #order()} exactly. */
    static Manifest.HouseConsignment line() {
        return line(consignee("Aigerim Sadykova", Optional.of("KZ-P100"), "KZ"), Money.of("100.00", "USD"),
                List.of(tShirts(2, "100.00", "USD")));
    }

    static Manifest.HouseConsignment line(FiledConsignment.Consignee consignee, Money declared,
            List<FiledConsignment.Item> items) {
        return new Manifest.HouseConsignment("CRV0000001KZ", Optional.of("shop"), Optional.of("ORD-1"), consignee,
                new BigDecimal("0.550"), declared, items);
    }

    static Manifest.HouseConsignment declaring(String amount, String currency) {
        return line(line().consignee(), Money.of(amount, currency), List.of(tShirts(2, amount, currency)));
    }

    static FiledConsignment.Consignee consignee(String name, Optional<String> consumerId, String country) {
        return new FiledConsignment.Consignee(name, consumerId, Optional.of("Almaty"), CountryCode.of(country));
    }

    static List<Kind> kinds(Manifest.HouseConsignment line, StoredOrder order) {
        return MATCHING.match(line, Optional.of(order), FILED).stream().map(MatchSignal::kind).toList();
    }

    @Test
    void aLineAgreeingWithOrderAndPaymentGivesNoSignal() {
        assertThat(MATCHING.match(line(), Optional.of(order()), FILED)).isEmpty();
    }

    @Test
    void aLineWithoutAnOrderReferenceHasNoOrder() {
        Manifest.HouseConsignment unreferenced = new Manifest.HouseConsignment("CRV0000002KZ", Optional.empty(),
                Optional.empty(), line().consignee(), new BigDecimal("0.550"), Money.of("100.00", "USD"), line().items());
        assertThat(MATCHING.match(unreferenced, Optional.empty(), FILED)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.ORDER_NOT_FOUND);
            assertThat(s.detail()).isEqualTo("no platform order reference on the manifest line");
        });
    }

    @Test
    void aReferenceToAnOrderNeverFiledHasNoOrder() {
        assertThat(MATCHING.match(line(), Optional.empty(), FILED)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.ORDER_NOT_FOUND);
            assertThat(s.detail()).isEqualTo("no order ORD-1 filed by shop");
        });
    }

    @ParameterizedTest(name = "declared {0} {1} against 100.00 USD ordered -> mismatch {2}")
    @CsvSource({
            "100.00, USD, false",
            "101.00, USD, false",
            "99.00,  USD, false",
            "101.01, USD, true",
            "98.99,  USD, true",
            // 1.16 USD per EUR in the built-in table: 86.21 EUR is 100.00 USD
            "86.21,  EUR, false",
            "85.00,  EUR, true",
            "88.00,  EUR, true",
    })
    void valuesWithinOnePercentAreEqualInAnyCurrency(String amount, String currency, boolean mismatch) {
        List<Kind> kinds = kinds(declaring(amount, currency), order());
        if (mismatch) {
            assertThat(kinds).containsExactly(Kind.VALUE_MISMATCH);
        } else {
            assertThat(kinds).isEmpty();
        }
    }

    @Test
    void valuesAreConvertedAtTheRateOfTheFilingDayInTheDestination(@TempDir Path dir) throws Exception {
        ReferenceData reference = ReferenceData.inMemory();
        reference.rates().importEcb(Files.writeString(dir.resolve("eurofxref.csv"), "Date, USD\n2026-12-01, 2.32\n"));
        ThreeWayMatching matching = new ThreeWayMatching(reference.rates(), reference.jurisdictions());
        StoredOrder order = order(Money.of("116.00", "USD"), Optional.empty());
        // 20:30 UTC on 30 November is 1 December in Almaty, where 50 EUR is 116 USD (58 USD the day before)
        assertThat(matching.match(declaring("50.00", "EUR"), Optional.of(order), Instant.parse("2026-11-30T20:30:00Z")))
                .isEmpty();
        assertThat(matching.match(declaring("50.00", "EUR"), Optional.of(order), Instant.parse("2026-11-30T18:30:00Z")))
                .extracting(MatchSignal::kind).containsExactly(Kind.VALUE_MISMATCH);
    }

    @Test
    void consumerIdsDecideTheConsigneeWhenBothSidesHaveOne() {
        Manifest.HouseConsignment otherBuyerSameName = line(consignee("Aigerim Sadykova", Optional.of("KZ-P999"), "KZ"),
                Money.of("100.00", "USD"), line().items());
        assertThat(kinds(otherBuyerSameName, order())).containsExactly(Kind.CONSIGNEE_MISMATCH);
        Manifest.HouseConsignment sameBuyerOtherSpelling = line(consignee("A. Sadykova", Optional.of("KZ-P100"), "KZ"),
                Money.of("100.00", "USD"), line().items());
        assertThat(kinds(sameBuyerOtherSpelling, order())).isEmpty();
    }

    @Test
    void withoutConsumerIdsTheNormalisedNamesDecide() {
        Manifest.HouseConsignment noId = line(consignee("  AIGERIM   sadykova. ", Optional.empty(), "KZ"),
                Money.of("100.00", "USD"), line().items());
        assertThat(kinds(noId, order())).as("case, spacing and punctuation do not count").isEmpty();
        assertThat(kinds(line(), orderFor("Aïgerim Sadykova", Optional.empty()))).as("nor accents").isEmpty();
        Manifest.HouseConsignment someoneElse = line(consignee("Dana Sadykova", Optional.empty(), "KZ"),
                Money.of("100.00", "USD"), line().items());
        assertThat(kinds(someoneElse, order())).containsExactly(Kind.CONSIGNEE_MISMATCH);
    }

    @Test
    void aConsigneeInAnotherCountryThanTheOrdersDestinationIsADestinationMismatch() {
        Manifest.HouseConsignment toTashkent = line(consignee("Aigerim Sadykova", Optional.of("KZ-P100"), "UZ"),
                Money.of("100.00", "USD"), line().items());
        assertThat(MATCHING.match(toTashkent, Optional.of(order()), FILED)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Kind.DESTINATION_MISMATCH);
            assertThat(s.detail()).isEqualTo("order destination KZ, manifest consignee in UZ");
        });
    }

    @Test
    void otherSubheadingsOrQuantitiesAreAnItemsMismatch() {
        Manifest.HouseConsignment threeShirts = line(line().consignee(), Money.of("100.00", "USD"),
                List.of(tShirts(3, "100.00", "USD")));
        assertThat(kinds(threeShirts, order())).containsExactly(Kind.ITEMS_MISMATCH);
        Manifest.HouseConsignment phones = line(line().consignee(), Money.of("100.00", "USD"),
                List.of(new FiledConsignment.Item("Phone", new HsCode("851713"), 2, Money.of("100.00", "USD"),
                        CountryCode.of("CN"))));
        assertThat(kinds(phones, order())).containsExactly(Kind.ITEMS_MISMATCH);
    }

    @Test
    void itemsAreComparedBySubheadingWithQuantitiesSummed() {
        Manifest.HouseConsignment twoLines = line(line().consignee(), Money.of("100.00", "USD"),
                List.of(tShirts(1, "50.00", "USD"), tShirts(1, "50.00", "USD")));
        assertThat(kinds(twoLines, order())).isEmpty();
    }

    @Test
    void aPaymentShortOfTheGoodsValueByMoreThanOnePercentIsAPaymentMismatch() {
        assertThat(kinds(line(), order(Money.of("100.00", "USD"), Optional.of(Money.of("98.99", "USD")))))
                .containsExactly(Kind.PAYMENT_MISMATCH);
        assertThat(kinds(line(), order(Money.of("100.00", "USD"), Optional.of(Money.of("99.00", "USD"))))).isEmpty();
        assertThat(kinds(line(), order(Money.of("100.00", "USD"), Optional.empty())))
                .as("an order without a payment record").isEmpty();
    }

    @Test
    void everyDiscrepancyIsReportedAtOnce() {
        Manifest.HouseConsignment wrongEverything = line(consignee("Dana Sadykova", Optional.of("UZ-P7"), "UZ"),
                Money.of("150.00", "USD"), List.of(tShirts(5, "150.00", "USD")));
        assertThat(kinds(wrongEverything, order(Money.of("100.00", "USD"), Optional.of(Money.of("10.00", "USD")))))
                .containsExactlyInAnyOrder(Kind.VALUE_MISMATCH, Kind.CONSIGNEE_MISMATCH, Kind.DESTINATION_MISMATCH,
                        Kind.ITEMS_MISMATCH, Kind.PAYMENT_MISMATCH);
    }
}
