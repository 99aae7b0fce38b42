package org.caravan.clearance.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.ChargeType;
import org.caravan.clearance.internal.model.Hold;
import org.caravan.clearance.internal.model.RateUsed;
import org.caravan.clearance.internal.model.RegimeApplied;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.ExchangeRate;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Parcel;
import org.caravan.reference.ReferenceData;
import org.caravan.reference.Regime;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.junit.jupiter.api.Test;

/** The stored assessment reads back into the same object, and the first version's documents still read. */
class AssessmentDocumentTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final Jurisdictions JURISDICTIONS = REFERENCE.jurisdictions();
    static final LocalDate ON = LocalDate.of(2026, 3, 25);
    static final AssessmentDocument DOCUMENT = new AssessmentDocument(AssessmentDocument.catalogue(JURISDICTIONS));

    @Test
    void aComputedAssessmentWithAChargeAndAReassessmentRoundTrips() {
        Regime eaeu = JURISDICTIONS.regime("EAEU-PERSONAL-USE-2020").orElseThrow();
        var calculation = REFERENCE.calculator().calculate(eaeu, CountryCode.of("KZ"), ON,
                new Parcel(Money.of("349.00", "USD"), new BigDecimal("0.500"), List.of(), Money.of("0", "EUR")));
        Assessment assessment = Assessment.reassessed(calculation, Money.of("349.00", "USD"))
                .withOfficerAssessment(Money.of("100", "KZT"));

        String stored = DOCUMENT.write(assessment);
        Assessment read = DOCUMENT.read(stored);
        assertThat(stored).as("the regime's legal reference is read from the catalogue, not stored per parcel")
                .contains(AssessmentDocument.REGIME_BASIS).doesNotContain(eaeu.legalReference());

        assertThat(read).isEqualTo(assessment);
        assertThat(read.charges()).singleElement().satisfies(line -> assertThat(line.type()).isEqualTo(ChargeType.SINGLE_RATE));
        assertThat(read.rates()).extracting(RateUsed::purpose).containsExactly(RateUsed.Purpose.VALUATION,
                RateUsed.Purpose.PAYMENT);
    }

    @Test
    void anAssessmentThatComputedNothingRoundTrips() {
        Assessment held = Assessment.notComputed(Optional.empty(),
                List.of(new Hold(Hold.Reason.NO_REGIME_IN_FORCE, "No clearance regime is in force.")));
        assertThat(DOCUMENT.read(DOCUMENT.write(held))).isEqualTo(held);
    }

    @Test
    void riskReasonsRoundTrip() {
        List<RiskReason> reasons = List.of(new RiskReason("undervaluation", "5.00 USD for a phone", 45, Lane.YELLOW),
                new RiskReason("value-mismatch", "declared 5.00 USD", 40, Lane.GREEN));
        assertThat(AssessmentDocument.readReasons(AssessmentDocument.writeReasons(reasons))).isEqualTo(reasons);
    }

    @Test
    void aReasonAskingForADocumentRoundTripsAndOneStoredBeforeReadsWithoutRequest() {
        List<RiskReason> reasons = List.of(new RiskReason("documents-required", "300490 medicines", 0, Lane.YELLOW,
                Optional.of(org.caravan.risk.RequestedDocument.PERMIT)));
        assertThat(AssessmentDocument.readReasons(AssessmentDocument.writeReasons(reasons))).isEqualTo(reasons);
        assertThat(AssessmentDocument.readReasons("""
                [{"rule":"order-not-found","detail":"no order","score":30,"atLeast":"GREEN"}]"""))
                .containsExactly(new RiskReason("order-not-found", "no order", 30, Lane.GREEN));
    }

    @Test
    void anAssessmentStoredByTheFirstVersionReadsIntoTheTypedModel() {
        String stored = """
                {"regime":{"id":"EAEU-PERSONAL-USE-2020","name":"EAEU personal use","legalReference":"EEC Council Decision No. 107",
                  "validFrom":"2020-01-01","confidence":"HIGH","sources":["https://example.org/107"]},
                 "assessedOn":"2026-11-20","customsValue":{"amount":"349.00","currency":"USD"},
                 "valuationRate":{"from":"USD","to":"EUR","rate":"0.862","date":"2026-11-20","source":"ECB"},
                 "valueInAllowanceCurrency":{"amount":"300.86","currency":"EUR"},
                 "allowance":{"basis":"PER_CONSIGNMENT","value":{"amount":"200.00","currency":"EUR"},"grossMassKg":"31",
                   "usedBefore":{"amount":"0.00","currency":"EUR"},"usedAfter":{"amount":"0.00","currency":"EUR"}},
                 "excessValue":{"amount":"100.86","currency":"EUR"},"excessMassKg":"0","dutyFree":false,
                 "charges":[{"type":"SINGLE_RATE","description":"15 % of the excess","amount":{"amount":"15.13","currency":"EUR"},
                   "due":{"amount":"9380.17","currency":"KZT"},
                   "paymentRate":{"from":"EUR","to":"KZT","rate":"620","date":"2026-11-20","source":"demo"},
                   "legalReference":"EEC Council Decision No. 107"}],
                 "chargeComputed":true,"totalDue":{"amount":"9380.17","currency":"KZT"},
                 "holds":["No clearance regime for courier consignments is in force in KZ on 2019-12-31; a full declaration is needed."]}""";

        Assessment read = DOCUMENT.read(stored);

        assertThat(read.regime()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("EAEU-PERSONAL-USE-2020"));
        assertThat(read.amountDue()).contains(Money.of("9380.17", "KZT"));
        assertThat(read.allowanceUsedBefore()).contains(Money.of("0.00", "EUR"));
        assertThat(read.allowance()).hasValueSatisfying(a -> assertThat(a.grossMassKg()).contains(new BigDecimal("31")));
        assertThat(read.rates()).extracting(RateUsed::purpose).containsExactly(RateUsed.Purpose.VALUATION,
                RateUsed.Purpose.PAYMENT);
        assertThat(read.charges()).singleElement().satisfies(line -> assertThat(line.base())
                .isEqualTo(Money.of("100.86", "EUR")));
        assertThat(read.holds()).extracting(Hold::reason).containsExactly(Hold.Reason.NO_REGIME_IN_FORCE);
    }

    @Test
    void theRegimeIsStoredByItsIdAndReadBackWhole() {
        Regime eaeu = JURISDICTIONS.regimeFor(CountryCode.of("KZ"), Channel.COURIER, ON).orElseThrow();
        Assessment held = Assessment.notComputed(Optional.of(RegimeApplied.of(eaeu)),
                List.of(new Hold(Hold.Reason.CHARGE_NOT_CONFIRMED, "The charge is not confirmed.")));

        String stored = DOCUMENT.write(held);

        assertThat(stored).contains("\"regime\":\"" + eaeu.id() + "\"").doesNotContain(eaeu.legalReference());
        assertThat(DOCUMENT.read(stored)).isEqualTo(held);
        assertThat(DOCUMENT.read(stored).regime()).hasValueSatisfying(r -> assertThat(r.sources()).isEqualTo(eaeu.sources()));
    }

    @Test
    void aVersionTwoDocumentWithTheWholeRegimeStillReads() {
        Regime eaeu = JURISDICTIONS.regimeFor(CountryCode.of("KZ"), Channel.COURIER, ON).orElseThrow();
        String stored = """
                {"version":2,"regime":{"id":"OLD-RULE","name":"An earlier rule","legalReference":"Decision 1",
                  "validFrom":"2020-01-01","validTo":"2021-01-01","confidence":"HIGH","sources":["https://example.org/1"],
                  "caveat":""},"assessedOn":null,"customsValue":null,"valueInAllowanceCurrency":null,"rates":[],
                 "allowance":null,"excessValue":null,"excessMassKg":null,"dutyFree":false,"chargeComputed":false,
                 "charges":[],"totalDue":null,"holds":[],"reassessedValue":null,"officerAssessment":null}""";

        assertThat(DOCUMENT.read(stored).regime()).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo("OLD-RULE").isNotEqualTo(eaeu.id());
            assertThat(r.validTo()).contains(LocalDate.of(2021, 1, 1));
        });
    }

    @Test
    void aRegimeIdMissingFromTheCatalogueIsNamedNotGuessed() {
        String stored = "{\"version\":3,\"regime\":\"NO-SUCH-REGIME\",\"rates\":[],\"charges\":[],\"holds\":[]}";
        assertThatThrownBy(() -> DOCUMENT.read(stored)).hasStackTraceContaining("NO-SUCH-REGIME");
    }
}
