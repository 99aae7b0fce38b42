package org.caravan.clearance.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.filing.FiledConsignment;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.Money;
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

    AssessConsignment(RiskScreening risk, DeMinimisCalculator calculator) {
        this.risk = risk;
        this.calculator = calculator;
    }

    /** The regime that applies, if any; the caller needs it first to look up a periodic allowance. */
    public Optional<Regime> regime(CountryCode jurisdiction, LocalDate on) {
        return calculator.regimeFor(jurisdiction, Channel.COURIER, on);
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
        return Assessment.assess(jurisdiction, on, regime, consignment.consignee().consumerId().isPresent(),
                r -> calculator.calculate(r, jurisdiction, on, consignment.declaredValue(), consignment.grossMassKg(),
                        usedBefore));
    }

    /** The assessment on a value an officer established (same regime, date and prior allowance use). */
    public Assessment reassess(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on, Money value,
            Money usedBefore) {
        return regime(jurisdiction, on)
                .map(r -> Assessment.reassessed(calculator.calculate(r, jurisdiction, on, value, consignment.grossMassKg(),
                        usedBefore), value))
                .orElseGet(() -> Assessment.reassessedWithoutRegime(value));
    }
}
