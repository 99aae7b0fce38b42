package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.Hold;
import org.caravan.filing.ManifestFiled;
import org.caravan.filing.internal.FilingUseCases;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;
import org.caravan.party.Role;
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
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The clearance module on its own (with the modules it depends on): a filed manifest's
 * {@link ManifestFiled} leads to one {@link ConsignmentsDecided}; the event delivered again
 * decides nothing twice; and two manifests spending one recipient's monthly quota at the
 * same time, on two assessment workers, spend it once.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(AssessmentModuleTest.DecidedEvents.class)
@TestPropertySource(properties = {"spring.task.execution.pool.core-size=2", "spring.task.execution.pool.max-size=2"})
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
    void aFiledManifestIsDecidedOnceAndItsRedeliveredEventDecidesNothingAgain(Scenario scenario) {
        String trackingNumber = Filings.unique("CRV");
        ManifestFiled[] filed = new ManifestFiled[1];

        scenario.stimulate(() -> filed[0] = file(manifest("KZ", trackingNumber, "KZ-P1", "20.00")))
                .andWaitForStateChange(() -> decided.of(filed[0].manifestId()), list -> !list.isEmpty())
                .andVerify(list -> assertThat(list).singleElement().satisfies(event -> assertThat(event.decisions())
                        .singleElement().satisfies(d -> {
                            assertThat(d.trackingNumber()).isEqualTo(trackingNumber);
                            assertThat(d.status()).isEqualTo(ClearanceStatus.HELD_FOR_DOCUMENTS); // no platform order
                        })));

        scenario.publish(filed[0])
                .andWaitForStateChange(() -> publications.findIncompletePublications(), java.util.Collection::isEmpty)
                .andVerify(incomplete -> {
                    assertThat(cases.ofTrackingNumber(trackingNumber)).hasSize(1);
                    assertThat(decided.of(filed[0].manifestId())).as("decided once").hasSize(1);
                });
    }

    @Test
    void twoManifestsSpendingOneRecipientsQuotaAtOnceSpendItOnce(Scenario scenario) {
        String recipient = Filings.unique("UZ-P");
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
