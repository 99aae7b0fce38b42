package org.caravan.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.clearance.internal.model.Hold;
import org.caravan.clearance.internal.model.Queue;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.caravan.reference.Parcel;
import org.caravan.reference.ReferenceData;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.junit.jupiter.api.Test;

/**
 * The pre-arrival decision table on the bundled regimes: released, payment required,
 * documents, inspection, no regime in force and an unidentified recipient under a quota.
 * Values are in the allowance's currency so the only rate is the one of payment, the
 * built-in table's round 620 KZT per EUR, for hand-checkable amounts.
 */
class DecisionTableTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final Jurisdictions JURISDICTIONS = REFERENCE.jurisdictions();
    /** A date under the EAEU 2020 personal-use regime, whose single rate the KZ cases check. */
    static final LocalDate ON = LocalDate.of(2026, 3, 25);
    static final CountryCode KZ = CountryCode.of("KZ");
    static final CountryCode UZ = CountryCode.of("UZ");
    static final RiskResult GREEN = new RiskResult(Lane.GREEN, 0, List.of());
    static final RiskResult YELLOW = new RiskResult(Lane.YELLOW, 30,
            List.of(new RiskReason("order-not-found", "no order", 30, Lane.YELLOW)));
    static final RiskResult RED = new RiskResult(Lane.RED, 60,
            List.of(new RiskReason("watchlist", "consignee listed", 60, Lane.RED)));

    @Test
    void aGreenParcelWithinTheAllowanceIsReleasedBeforeArrival() {
        Decision d = Decision.of(GREEN, assess(KZ, ON, "100.00", "1.000", true, "0"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.RELEASED_PRE_ARRIVAL);
        assertThat(d.queue()).isEmpty();
        assertThat(d.assessment().dutyFree()).isTrue();
        assertThat(d.assessment().amountDue()).isEmpty();
    }

    @Test
    void aGreenParcelOverTheAllowanceWaitsForPaymentOfTheSingleRate() {
        // 15 % of the 100 EUR over 200 EUR = 15 EUR, at 620 KZT/EUR = 9,300.00 KZT
        Decision d = Decision.of(GREEN, assess(KZ, ON, "300.00", "1.000", true, "0"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.PAYMENT_REQUIRED);
        assertThat(d.queue()).isEmpty();
        assertThat(d.assessment().amountDue()).contains(Money.of("9300.00", "KZT"));
        assertThat(d.assessment().charges()).singleElement().satisfies(line -> {
            assertThat(line.base()).isEqualTo(Money.of("100.00", "EUR"));
            assertThat(line.ratePercent()).contains(new BigDecimal("15"));
            assertThat(line.legalBasis()).isNotBlank();
        });
    }

    @Test
    void aYellowLaneIsADocumentaryCheckEvenWithNothingDue() {
        Decision d = Decision.of(YELLOW, assess(KZ, ON, "100.00", "1.000", true, "0"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.HELD_FOR_DOCUMENTS);
        assertThat(d.queue()).contains(Queue.DOCUMENTS);
    }

    @Test
    void aRedLaneIsInspectedAndKeepsWhatIsDueForAfterTheInspection() {
        Decision d = Decision.of(RED, assess(KZ, ON, "300.00", "1.000", true, "0"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.SELECTED_FOR_INSPECTION);
        assertThat(d.queue()).contains(Queue.INSPECTION);
        assertThat(d.assessment().amountDue()).contains(Money.of("9300.00", "KZT"));
    }

    @Test
    void withNoRegimeInForceAFullDeclarationIsNeeded() {
        Decision d = Decision.of(GREEN, assess(KZ, LocalDate.of(2019, 12, 31), "10.00", "0.100", true, "0"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.HELD_FOR_DOCUMENTS);
        assertThat(d.assessment().holds()).extracting(Hold::reason).containsExactly(Hold.Reason.NO_REGIME_IN_FORCE);
        assertThat(d.assessment().regime()).isEmpty();
    }

    @Test
    void anUnidentifiedRecipientUnderAMonthlyQuotaCannotBeCounted() {
        Decision d = Decision.of(GREEN, assess(UZ, ON, "10.00", "0.100", false, "0"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.HELD_FOR_DOCUMENTS);
        assertThat(d.assessment().holds()).extracting(Hold::reason).containsExactly(Hold.Reason.RECIPIENT_UNIDENTIFIED);
        assertThat(d.assessment().regime()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo("UZ-COURIER-QUOTA-2025"));
    }

    @Test
    void overTheUzbekQuotaTheUnconfirmedRateIsLeftToAnOfficer() {
        Decision d = Decision.of(GREEN, assess(UZ, ON, "80.01", "1.000", true, "120.00"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.HELD_FOR_DOCUMENTS);
        assertThat(d.assessment().holds()).extracting(Hold::reason).containsExactly(Hold.Reason.CHARGE_NOT_CONFIRMED);
        assertThat(d.assessment().chargeComputed()).isFalse();
        assertThat(d.allowanceUsedAfter()).hasValueSatisfying(used -> assertThat(used.amount()).isEqualByComparingTo("200.00"));
    }

    @Test
    void withinTheUzbekQuotaTheRecipientsUseIsCounted() {
        Decision d = Decision.of(GREEN, assess(UZ, ON, "80.00", "1.000", true, "120.00"));
        assertThat(d.status()).isEqualTo(ClearanceStatus.RELEASED_PRE_ARRIVAL);
        assertThat(d.allowanceUsedAfter()).hasValueSatisfying(used -> assertThat(used.amount()).isEqualByComparingTo("200.00"));
    }

    private static Assessment assess(CountryCode code, LocalDate on, String value, String kg, boolean identified,
            String usedBefore) {
        Optional<Regime> regime = JURISDICTIONS.regimeFor(code, Channel.COURIER, on);
        Function<Regime, DeMinimisCalculation> calculate = r -> {
            String currency = r.allowance().value().currency().getCurrencyCode();
            return REFERENCE.calculator().calculate(r, code, on, new Parcel(Money.of(value, currency), new BigDecimal(kg),
                    List.of(), Money.of(usedBefore, currency)));
        };
        return Assessment.assess(code, on, regime, identified, calculate);
    }
}
