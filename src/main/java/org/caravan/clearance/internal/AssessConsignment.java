package org.caravan.clearance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.filing.FiledConsignment;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.ExchangeRate;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskResult;
import org.caravan.risk.RiskScreening;
import org.springframework.stereotype.Component;

/**
 * Assesses one consignment for its destination jurisdiction: risk screening picks the
 * lane, the dated regime computes what is due, and together they give the decision.
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

    public CaseDecision assess(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on,
            Optional<Regime> regime, Money usedBefore) {
        RiskResult screened = risk.screen(consignment, jurisdiction);
        Map<String, Object> record = new LinkedHashMap<>();
        List<String> holds = new ArrayList<>();
        Optional<DeMinimisCalculation> calculation = Optional.empty();
        if (regime.isEmpty()) {
            holds.add("No clearance regime for courier consignments is in force in " + jurisdiction + " on " + on
                    + "; a full declaration is needed.");
        } else if (regime.get().allowance().accumulates() && consignment.consignee().consumerId().isEmpty()) {
            holds.add("The recipient is not identified (consumerId), so the monthly allowance of "
                    + regime.get().allowance().value() + " cannot be checked.");
            record.put("regime", describe(regime.get()));
        } else {
            calculation = Optional.of(calculator.calculate(regime.get(), jurisdiction, on, consignment.declaredValue(),
                    consignment.grossMassKg(), usedBefore));
            record.putAll(render(calculation.get()));
            if (!calculation.get().chargeComputed()) {
                holds.add(regime.get().excess().note());
            }
        }
        Optional<Money> due = calculation.flatMap(DeMinimisCalculation::chargeDue).filter(Money::isPositive);
        ClearanceStatus status;
        Optional<Queue> queue = Optional.empty();
        if (screened.lane() == Lane.RED) {
            status = ClearanceStatus.SELECTED_FOR_INSPECTION;
            queue = Optional.of(Queue.INSPECTION);
        } else if (screened.lane() == Lane.YELLOW || !holds.isEmpty()) {
            status = ClearanceStatus.HELD_FOR_DOCUMENTS;
            queue = Optional.of(Queue.DOCUMENTS);
        } else if (due.isPresent()) {
            status = ClearanceStatus.PAYMENT_REQUIRED;
        } else {
            status = ClearanceStatus.RELEASED_PRE_ARRIVAL;
        }
        if (!holds.isEmpty()) {
            record.put("holds", holds);
        }
        return new CaseDecision(status, screened, record, due, queue, holds,
                calculation.filter(c -> c.regime().allowance().accumulates()).map(c -> c.outcome().allowanceUsedAfter()));
    }

    /** Recomputes what is due on a value an officer established (same regime, date and prior allowance use). */
    public Optional<DeMinimisCalculation> reassess(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on,
            Money value, Money usedBefore) {
        return regime(jurisdiction, on).map(r -> calculator.calculate(r, jurisdiction, on, value,
                consignment.grossMassKg(), usedBefore));
    }

    public static Map<String, Object> render(DeMinimisCalculation c) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("regime", describe(c.regime()));
        record.put("assessedOn", c.assessedOn().toString());
        record.put("customsValue", money(c.customsValue()));
        record.put("valuationRate", rate(c.valuationRate()));
        record.put("valueInAllowanceCurrency", money(c.outcome().value()));
        record.put("allowance", Map.of("basis", c.regime().allowance().basis().name(),
                "value", money(c.regime().allowance().value()),
                "grossMassKg", c.regime().allowance().grossMassKg().map(Object::toString).orElse("none"),
                "usedBefore", money(c.outcome().allowanceUsedBefore()),
                "usedAfter", money(c.outcome().allowanceUsedAfter())));
        record.put("excessValue", money(c.outcome().excessValue()));
        record.put("excessMassKg", c.outcome().excessMassKg().toPlainString());
        record.put("dutyFree", c.dutyFree());
        List<Map<String, Object>> charges = new ArrayList<>();
        c.chargeInAllowanceCurrency().filter(Money::isPositive).ifPresent(charge -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "SINGLE_RATE");
            line.put("description", c.regime().excess().note());
            line.put("amount", money(charge));
            line.put("due", money(c.chargeDue().orElseThrow()));
            line.put("paymentRate", rate(c.paymentRate().orElseThrow()));
            line.put("legalReference", c.regime().legalReference());
            charges.add(line);
        });
        record.put("charges", charges);
        record.put("chargeComputed", c.chargeComputed());
        c.chargeDue().ifPresent(due -> record.put("totalDue", money(due)));
        return record;
    }

    private static Map<String, Object> describe(Regime regime) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", regime.id());
        d.put("name", regime.name());
        d.put("legalReference", regime.legalReference());
        d.put("validFrom", regime.validFrom().toString());
        d.put("confidence", regime.confidence().name());
        d.put("sources", regime.sources());
        if (!regime.caveat().isBlank()) {
            d.put("caveat", regime.caveat());
        }
        return d;
    }

    static Map<String, String> money(Money money) {
        Money rounded = money.rounded();
        return Map.of("amount", rounded.amount().toPlainString(), "currency", rounded.currency().getCurrencyCode());
    }

    private static Map<String, String> rate(ExchangeRate rate) {
        return Map.of("from", rate.from().getCurrencyCode(), "to", rate.to().getCurrencyCode(),
                "rate", rate.rate().stripTrailingZeros().toPlainString(), "date", rate.date().toString(),
                "source", rate.source());
    }
}
