package org.caravan.clearance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.caravan.clearance.internal.AssessConsignment;
import org.caravan.clearance.internal.ProductCategory;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.Recipients;
import org.caravan.reference.Charge;
import org.caravan.reference.CountryCode;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Parcel;
import org.caravan.reference.RateUnavailable;
import org.caravan.reference.Regime;
import org.caravan.reference.RegimeOutcome;
import org.springframework.stereotype.Service;

/**
 * Replays consignments under two regimes, today's rule against a proposal or one year's
 * against the next, with the arithmetic assessment uses, and counts per country and product
 * category what each would collect and what each leaves to officers. In memory only: nothing
 * is written, no case opened, no allowance spent in the store. Allowances that accumulate are
 * replayed in filing order, per recipient and calendar month as assessment keys them, and per
 * seller and manifest for a seller's conveyance.
 */
@Service
public class PolicyComparison {

    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final ExchangeRates rates;
    private final HsNomenclature nomenclature;

    PolicyComparison(DeMinimisCalculator calculator, Jurisdictions jurisdictions, ExchangeRates rates,
            HsNomenclature nomenclature) {
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.rates = rates;
        this.nomenclature = nomenclature;
    }

    /**
     * A replay of regime {@code a} against regime {@code b}; each consignment is assessed on
     * {@code on} when given, else on its filing date on its destination's clock.
     */
    public Replay replay(Regime a, Regime b, Optional<LocalDate> on) {
        return new Replay(new UnderRegime(a), new UnderRegime(b), on);
    }

    /** Consignments fed in filing order; the report at any point counts those fed so far. */
    public final class Replay {

        private final UnderRegime a;
        private final UnderRegime b;
        private final Optional<LocalDate> on;

        private Replay(UnderRegime a, UnderRegime b, Optional<LocalDate> on) {
            this.a = a;
            this.b = b;
            this.on = on;
        }

        public void add(FiledConsignment consignment) {
            String category = ProductCategory.of(consignment, nomenclature);
            a.add(consignment, category, on);
            b.add(consignment, category, on);
        }

        public PolicyReport report() {
            return PolicyReport.of(a.regime.id(), b.regime.id(), on, a.rows, b.rows, a.skipped, b.skipped);
        }
    }

    /** One regime's replay: its running allowances and its counts. */
    private final class UnderRegime {

        private final Regime regime;
        private final Map<String, Money> used = new HashMap<>();
        private final Map<PolicyReport.Group, PolicyReport.Tally> rows = new TreeMap<>();
        private final Map<String, Long> skipped = new TreeMap<>();

        UnderRegime(Regime regime) {
            this.regime = regime;
        }

        void add(FiledConsignment c, String category, Optional<LocalDate> on) {
            CountryCode destination = c.destination();
            if (!regime.jurisdictions().contains(destination)) {
                skipped.merge("destination " + destination + " is not a jurisdiction of the regime", 1L, Long::sum);
                return;
            }
            LocalDate date = on.orElseGet(() -> jurisdictions.dateIn(destination, c.filedAt()));
            PolicyReport.Tally tally = rows.computeIfAbsent(new PolicyReport.Group(destination.value(), category),
                    g -> new PolicyReport.Tally());
            tally.parcels++;
            Optional<String> key = allowanceKey(c, date);
            if (regime.allowance().perRecipient() && key.isEmpty()) {
                // as assessment does: a monthly quota cannot be checked for a recipient nobody identified
                tally.officerWorkload++;
                return;
            }
            Money zero = Money.zero(regime.allowance().value().currency());
            Parcel parcel = AssessConsignment.parcel(c, c.declaredValue(), key.map(k -> used.getOrDefault(k, zero)).orElse(zero));
            Optional<RegimeOutcome> outcome;
            try {
                DeMinimisCalculation calculation = calculator.calculate(regime, destination, date, parcel);
                outcome = Optional.of(calculation.outcome());
                calculation.chargeDue().ifPresentOrElse(due -> {
                    tally.add(tally.revenue, due);
                    if (calculation.dutyFree()) {
                        tally.releasedWithoutPayment++;
                    }
                }, () -> tally.officerWorkload++);
                for (Charge fee : calculation.declarantCharges()) {
                    tally.add(tally.declarantFees, fee.due());
                }
            } catch (RateUnavailable e) {
                // an officer assesses it once the rate is known; the allowance counts it all the same when it can be valued
                tally.officerWorkload++;
                outcome = valued(parcel, date);
            }
            outcome.ifPresent(o -> {
                if (!o.withinAllowance()) {
                    tally.aboveThreshold++;
                }
                key.ifPresent(k -> used.put(k, o.allowanceUsedAfter()));
            });
        }

        /** Where an accumulating allowance is kept: the recipient's month, or the seller's parcels on the manifest. */
        private Optional<String> allowanceKey(FiledConsignment c, LocalDate date) {
            return switch (regime.allowance().basis()) {
                case PER_CONSIGNMENT -> Optional.empty();
                case PER_RECIPIENT_CALENDAR_MONTH -> Recipients.key(c)
                        .map(r -> c.destination() + "|" + YearMonth.from(date) + "|" + r);
                case PER_SELLER_CONVEYANCE -> Optional.of(c.manifestId() + "|" + Recipients.seller(c));
            };
        }

        private Optional<RegimeOutcome> valued(Parcel parcel, LocalDate date) {
            Currency currency = regime.allowance().value().currency();
            try {
                return Optional.of(regime.apply(rates.convert(parcel.customsValue(), currency, date), parcel.grossMassKg(),
                        parcel.usedBefore()));
            } catch (RateUnavailable e) {
                return Optional.empty();
            }
        }
    }
}
