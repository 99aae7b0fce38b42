package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.risk.ParcelBuilder.honest;
import static org.caravan.risk.ParcelBuilder.item;

import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** Each detector finds its signal in a crafted consignment and stays silent on its honest twin. */
class DetectorsTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final Detectors DETECTORS = new Detectors();

    static List<RiskSignal> signals(SignalDetector detector, FiledConsignment consignment) {
        List<RiskSignal> signals = new ArrayList<>();
        detector.detect(consignment, consignment.destination(), signals::add);
        for (RiskSignal signal : signals) {
            assertThat(detector.signals()).as("a detector declares the signals it raises").contains(signal.name());
        }
        return signals;
    }

    @Test
    void goodsProhibitedInPostAreFound() {
        SignalDetector detector = DETECTORS.restrictedGoods(REFERENCE.nomenclature());
        assertThat(signals(detector, honest().items(item("240210", 1, "20.00", "USD")).build())).singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("prohibited-goods");
                    assertThat(s.reason()).startsWith("240210 tobacco: EEC Collegium Decision No. 62");
                });
        assertThat(signals(detector, honest().build())).isEmpty();
    }

    @Test
    void goodsNeedingDocumentsAreFoundUnlessTheirPermitWasFoundValid() {
        SignalDetector detector = DETECTORS.restrictedGoods(REFERENCE.nomenclature());
        FiledConsignment medicines = honest().items(item("3004900000", 1, "12.00", "USD")).build();
        assertThat(signals(detector, medicines)).extracting(RiskSignal::name).containsExactly("documents-required");
        FiledConsignment.Item permitted = new FiledConsignment.Item("insulin", new org.caravan.reference.HsCode("300490"), 1,
                org.caravan.reference.Money.of("12.00", "USD"), org.caravan.reference.CountryCode.of("CN"),
                java.util.Optional.of("KZ-PERMIT-1"));
        List<RiskSignal> found = new ArrayList<>();
        detector.detect(honest().items(permitted).build(), org.caravan.reference.CountryCode.of("KZ"), item -> true,
                found::add);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("permit-checked");
            assertThat(s.reason()).contains("KZ-PERMIT-1");
        });
    }

    @Test
    void aWatchlistedConsigneeOrSellerIsFound() {
        ReferenceData reference = ReferenceData.inMemory();
        reference.watchlist().add("TEST-LIST", "Ivan Kontrabandov", "T-1");
        reference.watchlist().add("TEST-LIST", "Black Bazaar Trading Ltd", "T-2");
        SignalDetector detector = DETECTORS.watchlistParties(reference.watchlist());

        assertThat(signals(detector, honest().consignee("IVAN  kontrabandov").build())).singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("watchlist-consignee");
                    assertThat(s.reason()).contains("TEST-LIST", "T-1");
                });
        assertThat(signals(detector, honest().seller("Black Bazaar Trading, Ltd.").build())).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("watchlist-seller"));
        assertThat(signals(detector, honest().consignee("Ivan Petrov").build())).as("an honest namesake").isEmpty();
        assertThat(signals(detector, honest().build())).isEmpty();
    }

    @Test
    void aListedNameIsFoundInCyrillicInAnyOrderAndByInitialsAndTheReasonSaysWhy() {
        ReferenceData reference = ReferenceData.inMemory();
        reference.watchlist().add("UN", "Ivan Ivanov", "KPi.033");
        SignalDetector detector = DETECTORS.watchlistParties(reference.watchlist());

        assertThat(signals(detector, honest().consignee("Иванов Иван").build())).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("watchlist-consignee");
            assertThat(s.reason()).startsWith("consignee 'Иванов Иван' matches UN list entry KPi.033 'Ivan Ivanov' (");
        });
        assertThat(signals(detector, honest().consignee("Ivanov I.").build())).singleElement()
                .satisfies(s -> assertThat(s.reason()).startsWith("consignee 'Ivanov I.' matches UN list entry KPi.033"));
        assertThat(signals(detector, honest().seller("IVANOV, Ivan").build())).extracting(RiskSignal::name)
                .contains("watchlist-seller");
        assertThat(signals(detector, honest().consignee("Иван Петров").build())).isEmpty();
    }

    @Test
    void everyKindOfThreeWayMismatchIsASignalOfItsOwnName() {
        SignalDetector detector = DETECTORS.orderMismatch();
        for (MatchSignal.Kind kind : MatchSignal.Kind.values()) {
            assertThat(signals(detector, honest().signal(kind).build())).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo(kind.name().toLowerCase().replace('_', '-'));
                assertThat(s.reason()).isEqualTo("crafted " + kind);
                assertThat(s.strength()).isEqualTo(1.0);
            });
        }
        assertThat(signals(detector, honest().build())).isEmpty();
    }

    @Test
    void aDeclaredValueOffTheItemsByMoreThanOnePercentIsInconsistent() {
        SignalDetector detector = DETECTORS.inconsistentValue();
        assertThat(signals(detector, honest().items(item("610910", 2, "40.00", "USD")).declaredValue("25.00").build()))
                .extracting(RiskSignal::name).containsExactly("inconsistent-value");
        // 0.40 off 40.00 is exactly 1 %: rounding, not misdeclaration
        assertThat(signals(detector, honest().items(item("610910", 2, "40.00", "USD")).declaredValue("39.60").build()))
                .isEmpty();
        assertThat(signals(detector, honest().items(item("610910", 2, "40.00", "USD")).declaredValue("39.59").build()))
                .extracting(RiskSignal::name).containsExactly("inconsistent-value");
    }

    @Test
    void aGrossMassBelowFiveGramsPerUnitIsImplausible() {
        SignalDetector detector = DETECTORS.implausibleMass();
        // two units weigh at least 0.010 kg
        assertThat(signals(detector, honest().grossMassKg("0.009").build())).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("0.009 kg gross for 2 units"));
        assertThat(signals(detector, honest().grossMassKg("0.010").build())).isEmpty();
        assertThat(signals(detector, honest().build())).isEmpty();
    }
}
