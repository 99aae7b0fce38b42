package org.caravan.risk.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.caravan.filing.FiledConsignment;
import org.caravan.party.ConsumerIds;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;
import org.caravan.risk.UnitPriceLearning;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.SignalDetector;
import org.caravan.risk.internal.signals.store.PriceTable;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The detectors as the service runs them: beans, learning prices from parcels filed through
 * the API, and the splitting window filled from the filings at start, in a store of their own.
 */
@ActiveProfiles("test")
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:caravan-signals;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "caravan.risk.signals.undervaluation.min-observations=20", "caravan.risk.signals.undervaluation.refresh=PT0.2S"})
class SignalDetectorsTest extends ApiTest {

    @Autowired
    ConsumerIds consumerIds;

    static final CountryCode KZ = CountryCode.of("KZ");

    @Autowired
    List<SignalDetector> detectors;

    @Autowired
    UnitPriceLearning learning;

    @Autowired
    Undervaluation undervaluation;

    @Autowired
    Splitting splitting;

    @Autowired
    PriceTable table;

    @Test
    void theThreeSignalsAreBeansOfTheService() {
        assertThat(detectors).hasAtLeastOneElementOfType(Undervaluation.class).hasAtLeastOneElementOfType(Splitting.class)
                .hasAtLeastOneElementOfType(HsPlausibility.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pricesLearnedFromFiledConsignmentsJudgeTheNextParcel() {
        String courier = as(Role.COURIER, null);
        // 24 dolls from Turkey between 20 and 31.50 USD
        var lines = IntStream.range(0, 24).mapToObj(i -> Filings.line(Filings.unique("CRV"), null, null, "KZ",
                Filings.unique("KZ-"), "Buyer " + i, "950300", 1, String.format(java.util.Locale.ROOT, "%.2f", 20 + i * 0.5),
                "0.400")).toList();
        lines.forEach(line -> ((Map<String, Object>) ((List<?>) line.get("items")).get(0)).put("originCountry", "TR"));
        var filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", lines));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);

        UnitPriceLearning.Learned learned = learning.learn(Optional.empty());
        assertThat(learned.prices()).isGreaterThanOrEqualTo(48); // per unit and per kg for each doll at least

        assertThat(detect(undervaluation, doll("0.90"))).extracting(RiskSignal::reason).singleElement().asString()
                .startsWith("declared 0.90 USD per unit; 950300 from TR usually").contains("over 24 parcels");
        assertThat(detect(undervaluation, doll("25.00"))).isEmpty();

        assertThat(learning.learn(Optional.of(Instant.now().plusSeconds(3600))).parcels()).isZero();
        assertThat(detect(undervaluation, doll("0.90"))).as("learning from nothing forgets the prices").isEmpty();
    }

    @Test
    void pricesAnotherProcessLearnedReachTheServiceAtItsNextRefresh() throws InterruptedException {
        FiledConsignment handbag = honest().items(new FiledConsignment.Item("leather handbag", new HsCode("420221"), 1,
                Money.of("20.00", "USD"), CountryCode.of("IT"), Optional.empty())).build();
        assertThat(detect(undervaluation, handbag)).isEmpty();
        // as ./caravan risk learn-prices in another process would store them: 50 handbags from Italy around 300 USD
        table.replaceWith(List.of(UndervaluationTest.peers(PriceStatistics.Measure.UNIT, "420221", "IT", 50, 300, 0.3)),
                Instant.now());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (detect(undervaluation, handbag).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(detect(undervaluation, handbag)).extracting(RiskSignal::reason).singleElement().asString()
                .startsWith("declared 20.00 USD per unit; 420221 from IT usually");
    }

    @Test
    void parcelsFiledBeforeAStartCountInTheSplittingWindow() {
        String courier = as(Role.COURIER, null);
        String consumer = Filings.unique("KZ-");
        var lines = IntStream.range(0, 3).mapToObj(i -> Filings.line(Filings.unique("CRV"), null, null, "KZ", consumer,
                "Saule Nurlanova", "610910", 1, "50.00", "0.300")).toList();
        var filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", lines));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);

        splitting.warm(Instant.now());

        FiledConsignment fourth = honest().items(new FiledConsignment.Item("T-shirt", new HsCode("610910"), 1,
                Money.of("100.00", "USD"), CountryCode.of("CN"), Optional.empty())).filedAt(Instant.now().toString()).build();
        // the fourth parcel quotes the id the three were filed with, resolved to its person as filing does
        String id = api.consumerId(consumer);
        String person = consumerIds.standing(List.of(id)).get(id).personKey();
        assertThat(detect(splitting, withConsumer(fourth, id, person))).extracting(RiskSignal::reason).singleElement()
                .asString().startsWith("4 parcels to the same consignee within 1 h by 2 couriers and 1 platform total ");
        assertThat(detect(splitting, withConsumer(fourth, Filings.unique("KZ-"), "person:another"))).isEmpty();
    }

    private static FiledConsignment doll(String usd) {
        return honest().items(new FiledConsignment.Item("doll", new HsCode("950300"), 1, Money.of(usd, "USD"),
                CountryCode.of("TR"), Optional.empty())).grossMassKg("0.400").build();
    }

    private static FiledConsignment withConsumer(FiledConsignment c, String consumer, String person) {
        return new FiledConsignment(c.id(), c.manifestId(), c.trackingNumber(), c.courierPartyId(), c.platformCode(),
                c.platformOrderRef(), c.orderId(), new FiledConsignment.Consignee(c.consignee().name(), Optional.of(consumer),
                        c.consignee().city(), c.destination(), Optional.empty(), Optional.empty(), Optional.of(person)),
                c.grossMassKg(), c.declaredValue(), c.items(), c.matchSignals(), c.sellerName(), c.transportMode(),
                c.departureCountry(), c.filedAt());
    }

    private static List<RiskSignal> detect(SignalDetector detector, FiledConsignment c) {
        List<RiskSignal> signals = new ArrayList<>();
        detector.detect(c, KZ, signals::add);
        return signals;
    }
}
