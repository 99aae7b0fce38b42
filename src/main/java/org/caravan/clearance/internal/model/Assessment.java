package org.caravan.clearance.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.Money;
import org.caravan.reference.RateUnavailable;
import org.caravan.reference.Regime;

/**
 * What customs assessed for one consignment in one jurisdiction: the regime applied, the
 * customs value and every rate used to restate it, the allowance before and after, each
 * charge with its legal basis, and what holds the case for an officer. An officer's
 * reassessment is a new assessment, not an edit of this one.
 */
public record Assessment(Optional<RegimeApplied> regime, Optional<LocalDate> assessedOn, Optional<Money> customsValue,
        Optional<Money> valueInAllowanceCurrency, List<RateUsed> rates, Optional<AllowanceUse> allowance,
        Optional<Money> excessValue, Optional<BigDecimal> excessMassKg, boolean dutyFree, boolean chargeComputed,
        List<ChargeLine> charges, Optional<Money> totalDue, List<Hold> holds, Optional<Money> reassessedValue,
        Optional<Money> officerAssessment) {

    public Assessment {
        rates = List.copyOf(rates);
        charges = List.copyOf(charges);
        holds = List.copyOf(holds);
    }

    /**
     * Assesses a consignment under the regime in force: nothing can be computed without a
     * regime, nor under a monthly allowance for a recipient nobody identified; a charge the
     * regime cannot compute holds the case for an officer.
     */
    public static Assessment assess(CountryCode jurisdiction, LocalDate on, Optional<Regime> regime,
            boolean recipientIdentified, Function<Regime, DeMinimisCalculation> calculate) {
        if (regime.isEmpty()) {
            return notComputed(Optional.empty(), List.of(new Hold(Hold.Reason.NO_REGIME_IN_FORCE,
                    "No clearance regime for this channel is in force in " + jurisdiction + " on " + on
                            + "; a full declaration is needed.")));
        }
        if (regime.get().allowance().perRecipient() && !recipientIdentified) {
            return notComputed(Optional.of(RegimeApplied.of(regime.get())), List.of(new Hold(
                    Hold.Reason.RECIPIENT_UNIDENTIFIED, "The recipient is not identified (no consumerId, nor a name with "
                            + "a city or postcode), so the monthly allowance of " + regime.get().allowance().value()
                            + " cannot be checked.")));
        }
        DeMinimisCalculation calculation;
        try {
            calculation = calculate.apply(regime.get());
        } catch (RateUnavailable e) {
            return notComputed(Optional.of(RegimeApplied.of(regime.get())), List.of(new Hold(Hold.Reason.CHARGE_NOT_CONFIRMED,
                    e.getMessage() + "; an officer assesses the consignment once the rate is known.")));
        }
        return of(calculation, calculation.notComputed().map(why -> List.of(new Hold(Hold.Reason.CHARGE_NOT_CONFIRMED, why)))
                .orElse(List.of()));
    }

    /** The regime's arithmetic applied to the consignment. */
    public static Assessment of(DeMinimisCalculation c, List<Hold> holds) {
        List<RateUsed> rates = new ArrayList<>();
        rates.add(RateUsed.of(RateUsed.Purpose.VALUATION, c.valuationRate()));
        c.charges().stream().flatMap(charge -> charge.rate().stream()).distinct()
                .forEach(rate -> rates.add(RateUsed.of(RateUsed.Purpose.PAYMENT, rate)));
        Regime regime = c.regime();
        List<ChargeLine> charges = c.charges().stream().map(ChargeLine::of).toList();
        AllowanceUse allowance = new AllowanceUse(regime.allowance().basis(), regime.allowance().value(),
                regime.allowance().grossMassKg(), c.outcome().allowanceUsedBefore(), c.outcome().allowanceUsedAfter());
        return new Assessment(Optional.of(RegimeApplied.of(regime)), Optional.of(c.assessedOn()),
                Optional.of(c.customsValue()), Optional.of(c.outcome().value()), rates, Optional.of(allowance),
                Optional.of(c.outcome().excessValue()), Optional.of(c.outcome().excessMassKg()), c.dutyFree(),
                c.chargeComputed(), charges, c.chargeDue(), holds, Optional.empty(), Optional.empty());
    }

    /** No arithmetic could be applied (no regime in force, or an allowance that cannot be checked). */
    public static Assessment notComputed(Optional<RegimeApplied> regime, List<Hold> holds) {
        return new Assessment(regime, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, false, List.of(), Optional.empty(), holds, Optional.empty(),
                Optional.empty());
    }

    /** The regime's arithmetic on the value an officer established. */
    public static Assessment reassessed(DeMinimisCalculation c, Money value) {
        return of(c, List.of()).withReassessedValue(value);
    }

    /** An officer established the value, but no regime is in force to compute on it. */
    public static Assessment reassessedWithoutRegime(Money value) {
        return notComputed(Optional.empty(), List.of()).withReassessedValue(value);
    }

    public Assessment withReassessedValue(Money value) {
        return new Assessment(regime, assessedOn, customsValue, valueInAllowanceCurrency, rates, allowance, excessValue,
                excessMassKg, dutyFree, chargeComputed, charges, totalDue, holds, Optional.of(value), officerAssessment);
    }

    /** The same assessment with more reasons to hold the case for an officer. */
    public Assessment withHolds(List<Hold> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Hold> all = new ArrayList<>(holds);
        all.addAll(more);
        return new Assessment(regime, assessedOn, customsValue, valueInAllowanceCurrency, rates, allowance, excessValue,
                excessMassKg, dutyFree, chargeComputed, charges, totalDue, all, reassessedValue, officerAssessment);
    }

    /** The amount an officer assessed where the regime could not compute the charge. */
    public Assessment withOfficerAssessment(Money charge) {
        return new Assessment(regime, assessedOn, customsValue, valueInAllowanceCurrency, rates, allowance, excessValue,
                excessMassKg, dutyFree, chargeComputed, charges, totalDue, holds, reassessedValue, Optional.of(charge));
    }

    /** What the recipient had used of a periodic allowance before this consignment, if counted. */
    public Optional<Money> allowanceUsedBefore() {
        return allowance.map(AllowanceUse::usedBefore);
    }

    /** What this assessment asks to pay: the regime's charge, or the officer's where it could not compute one. */
    public Optional<Money> amountDue() {
        return (chargeComputed ? totalDue : officerAssessment).filter(Money::isPositive);
    }
}
