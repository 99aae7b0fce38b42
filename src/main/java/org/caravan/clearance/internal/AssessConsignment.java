package org.caravan.clearance.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.Recipients;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Parcel;
import org.caravan.reference.Regime;
import org.caravan.risk.RiskScreening;
import org.springframework.stereotype.Component;

/**
 * Assesses one consignment for its destination jurisdiction: risk screening picks the
 * lane, the dated regime computes what is due, and {@link Decision} turns both into the
 * pre-arrival decision.
 */
@Component
public class AssessConsignment {

    private final RiskScreening risk;
    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;

    AssessConsignment(RiskScreening risk, DeMinimisCalculator calculator, Jurisdictions jurisdictions) {
        this.risk = risk;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
    }

    /** The regime that applies, if any; the caller needs it first to look up an allowance that accumulates. */
    public Optional<Regime> regime(CountryCode jurisdiction, Channel channel, LocalDate on) {
        return calculator.regimeFor(jurisdiction, channel, on);
    }

    public Decision assess(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on, Optional<Regime> regime,
            Money usedBefore) {
        return assess(consignment, jurisdiction, on, regime, usedBefore, PermitChecks.Verdict.NONE);
    }

    /** Assesses knowing what the permit registry said of the consignment's quoted permits. */
    Decision assess(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on, Optional<Regime> regime,
            Money usedBefore, PermitChecks.Verdict permits) {
        return Decision.of(risk.screen(consignment, jurisdiction, permits.permitted()),
                assessment(consignment, jurisdiction, on, regime, usedBefore).withHolds(permits.holds()));
    }

    private Assessment assessment(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on,
            Optional<Regime> regime, Money usedBefore) {
        return Assessment.assess(jurisdiction, on, regime, Recipients.identified(consignment),
                r -> calculator.calculate(r, jurisdiction, on, parcel(consignment, consignment.declaredValue(), usedBefore)));
    }

    /**
     * The assessment on a value an officer established: the same regime the case was
     * assessed under (not the one in force today), date and prior allowance use.
     */
    public Assessment reassess(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on, Optional<String> regimeId,
            Money value, Money usedBefore) {
        return regimeId.flatMap(jurisdictions::regime)
                .map(r -> Assessment.assess(jurisdiction, on, Optional.of(r), true,
                        regime -> calculator.calculate(regime, jurisdiction, on, parcel(consignment, value, usedBefore)))
                        .withReassessedValue(value))
                .orElseGet(() -> Assessment.reassessedWithoutRegime(value));
    }

    /** The goods' values are scaled to the value assessed, so an officer's value is shared out as the declared one was. */
    public static Parcel parcel(FiledConsignment c, Money value, Money usedBefore) {
        var goods = c.items().stream().map(i -> new Parcel.Goods(i.hsCode(), i.value())).toList();
        return new Parcel(value, c.grossMassKg(), goods, usedBefore);
    }
}
