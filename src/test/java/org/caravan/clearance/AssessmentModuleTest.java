package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.Hold;
import org.caravan.common.InvalidInput;
import org.caravan.filing.ManifestFiled;
import org.caravan.filing.internal.FilingUseCases;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;
import org.caravan.party.ConsumerIds;
import org.caravan.party.IdentityDocument;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.json.JsonMapper;

/**
 * The clearance module on its own (with the modules it depends on): a filed manifest is
 * decided in its filing's transaction, one {@link ConsignmentsDecided} per chunk, and a
 * refused filing leaves no decision behind; two manifests spending one recipient's monthly
 * quota at the same time, on two request threads, spend it once.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(AssessmentModuleTest.DecidedEvents.class)
class AssessmentModuleTest {

    static final Caller COURIER = new Caller(UUID.randomUUID(), "module-test-courier", Role.COURIER, java.util.Optional.empty());

    @Autowired
    FilingUseCases filing;

    @Autowired
    ClearanceCases cases;

    @Autowired
    EventPublicationRegistry publications;

    @Autowired
    JsonMapper json;

    @Autowired
    DecidedEvents decided;

    @Autowired
    ConsumerIds consumerIds;

    /** A consumer id of {@code country} issued to a new person, as customs would. */
    private String issued(String country) {
        Caller admin = new Caller(UUID.randomUUID(), "module-test-admin", Role.ADMIN, java.util.Optional.empty());
        return consumerIds.issue(admin, CountryCode.of(country), new IdentityDocument(IdentityDocument.Kind.NATIONAL_ID,
                Filings.unique("N"), CountryCode.of(country)), java.util.Optional.empty()).consumerId();
    }

    /** Records every decision event, whichever thread publishes it. */
    @TestConfiguration
    static class DecidedEvents {

        final List<ConsignmentsDecided> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ConsignmentsDecided event) {
            seen.add(event);
        }

        List<ConsignmentsDecided> of(UUID manifestId) {
            return seen.stream().filter(e -> e.manifestId().equals(manifestId)).toList();
        }
    }

    @Test
    void aManifestIsDecidedInItsFilingsTransactionAndARefusedOneDecidesNothing() {
        String trackingNumber = Filings.unique("CRV");
        String consumer = issued("KZ");

        ManifestFiled filed = file(manifest("KZ", trackingNumber, consumer, "20.00"));

        // no waiting: the answer is given after the decision committed with the filing
        assertThat(decided.of(filed.manifestId())).singleElement().satisfies(event -> assertThat(event.decisions())
                .singleElement().satisfies(d -> {
                    assertThat(d.trackingNumber()).isEqualTo(trackingNumber);
                    // no platform order, weighed below the yellow threshold, and nothing due on 20 USD
                    assertThat(d.status()).isEqualTo(ClearanceStatus.RELEASED_PRE_ARRIVAL);
                }));
        assertThat(cases.ofTrackingNumber(trackingNumber)).hasSize(1);
        assertThat(publications.findIncompletePublications()).as("nothing left to deliver later").isEmpty();

        String fresh = Filings.unique("CRV");
        int seenBefore = decided.seen.size();
        var one = manifest("KZ", fresh, consumer, "20.00");
        var refused = new FilingRequests.Manifest(one.manifestRef(), one.transportMode(), one.conveyanceRef(),
                one.departure(), one.arrival(), one.route(), List.of(one.consignments().get(0),
                        manifest("KZ", trackingNumber, consumer, "20.00").consignments().get(0)));
        assertThatThrownBy(() -> file(refused)).isInstanceOf(InvalidInput.class);
        assertThat(cases.ofTrackingNumber(fresh)).as("rolled back with the refused filing").isEmpty();
        assertThat(decided.seen).as("the refusal comes before any chunk is decided").hasSize(seenBefore);
    }

    @Test
    void twoManifestsSpendingOneRecipientsQuotaAtOnceSpendItOnce(Scenario scenario) {
        String recipient = issued("UZ");
        String first = Filings.unique("CRV");
        String second = Filings.unique("CRV");

        scenario.stimulate(() -> {
            var a = CompletableFuture.supplyAsync(() -> file(manifest("UZ", first, recipient, "150.00")));
            var b = CompletableFuture.supplyAsync(() -> file(manifest("UZ", second, recipient, "150.00")));
            return List.of(a.join(), b.join());
        }).andWaitForStateChange(() -> cases.ofTrackingNumber(first).size() + cases.ofTrackingNumber(second).size(),
                decided -> decided == 2).andVerify(decided -> {
                    List<ClearanceCase> both = new ArrayList<>(cases.ofTrackingNumber(first));
                    both.addAll(cases.ofTrackingNumber(second));
                    // 150 USD fits the 200 USD quota once; the other parcel finds 150 used and 100 over it
                    both.sort(java.util.Comparator.comparing(c -> c.assessment().allowanceUsedBefore().orElseThrow()
                            .amount()));
                    assertThat(both.get(0).assessment().allowanceUsedBefore().orElseThrow().amount()).isZero();
                    assertThat(both.get(0).assessment().holds()).isEmpty();
                    assertThat(both.get(1).assessment().allowanceUsedBefore().orElseThrow().amount())
                            .isEqualByComparingTo("150.00");
                    assertThat(both.get(1).assessment().excessValue().orElseThrow().amount()).isEqualByComparingTo("100.00");
                    assertThat(both.get(1).assessment().holds()).extracting(Hold::reason)
                            .containsExactly(Hold.Reason.CHARGE_NOT_CONFIRMED);
                });
    }

    private ManifestFiled file(FilingRequests.Manifest manifest) {
        var receipt = json.readTree(filing.fileManifest(COURIER, Filings.unique("key-"), json.writeValueAsBytes(manifest),
                () -> manifest).getBody());
        return new ManifestFiled(UUID.fromString(receipt.get("manifestId").asString()), manifest.manifestRef(),
                COURIER.partyId(), manifest.arrival().country(), manifest.route(), manifest.consignments().size(),
                java.time.Instant.now());
    }

    private static FilingRequests.Manifest manifest(String destination, String trackingNumber, String consumerId,
            String value) {
        var line = new FilingRequests.ConsignmentLine(trackingNumber, null, null,
                new FilingRequests.Consignee("Dilnoza Karimova", consumerId,
                        new FilingRequests.Address(null, "Tashkent", null, destination)),
                "0.500", value, "USD",
                List.of(new FilingRequests.LineItem("Cotton T-shirt", "610910", 1, value, "CN")));
        return new FilingRequests.Manifest(Filings.unique("MAWB-"), "AIR", "HY512",
                new FilingRequests.Place("CN", "CNURC"),
                new FilingRequests.Arrival(destination, destination.equals("KZ") ? "KZALA" : "UZTAS", "2026-11-22T04:30:00Z"),
                List.of("CN", destination), List.of(line));
    }
}
