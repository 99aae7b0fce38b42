package org.caravan.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Values a consignment at the dated rate, applies the regime in force (or the one an
 * administration pinned) and computes each charge, restated in the jurisdiction's currency
 * and rounded there line by line. Shared by clearance (assessment), filing (the estimate on
 * an order), quotes and policy comparison, so all of them use one arithmetic.
 */
@Service
public class DeMinimisCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Jurisdictions jurisdictions;
    private final ExchangeRates rates;
    private final DutyTariff tariff;
    private final RegimePins pins;

    public DeMinimisCalculator(Jurisdictions jurisdictions, ExchangeRates rates, DutyTariff tariff, RegimePins pins) {
        this.jurisdictions = jurisdictions;
        this.rates = rates;
        this.tariff = tariff;
        this.pins = pins;
    }

    /**
     * The regime for parcels of the channel entering the jurisdiction on the date: the one an
     * administration pinned for the country while it has started, else the one in force.
     */
    public Optional<Regime> regimeFor(CountryCode jurisdiction, Channel channel, LocalDate on) {
        return pins.pinned(jurisdiction).flatMap(jurisdictions::regime)
                .filter(r -> r.covers(jurisdiction, channel) && r.started(on))
                .or(() -> jurisdictions.regimeFor(jurisdiction, channel, on));
    }

    /**
     * Applies {@code regime} to the parcel on the date, whether or not it is in force then
     * (a policy comparison replays traffic under a proposal).
     *
     * @throws RateUnavailable when an exchange rate the computation needs is not known for the date
     */
    public DeMinimisCalculation calculate(Regime regime, CountryCode jurisdictionCode, LocalDate on, Parcel parcel) {
        Jurisdiction jurisdiction = jurisdictions.find(jurisdictionCode)
                .orElseThrow(() -> new IllegalArgumentException("Not a jurisdiction Caravan clears for: " + jurisdictionCode));
        var allowanceCurrency = regime.allowance().value().currency();
        ExchangeRate valuation = rates.rate(parcel.customsValue().currency(), allowanceCurrency, on);
        Money value = valuation.convert(parcel.customsValue());
        RegimeOutcome outcome = regime.apply(value, parcel.grossMassKg(), parcel.usedBefore());
        Lines lines = new Lines(jurisdiction, on);
        Optional<String> notComputed = outcome.withinAllowance() ? Optional.empty()
                : aboveAllowance(regime, jurisdiction, on, parcel, outcome, lines);
        for (Fee fee : regime.fees()) {
            if (fee.inForce(on) && (fee.when() == Fee.When.ALWAYS || !outcome.withinAllowance())) {
                Optional<String> missing = fee(fee, on, value, parcel.grossMassKg(), lines);
                notComputed = notComputed.or(() -> missing);
            }
        }
        return new DeMinimisCalculation(regime, jurisdiction, on, parcel.customsValue(), valuation, outcome, lines.all,
                notComputed);
    }

    private Optional<String> aboveAllowance(Regime regime, Jurisdiction jurisdiction, LocalDate on, Parcel parcel,
            RegimeOutcome outcome, Lines lines) {
        ExcessCharge excess = regime.excess();
        String legal = regime.legalReference();
        return switch (excess.method()) {
            case NOT_CONFIRMED -> Optional.of(excess.note());
            case SINGLE_RATE_ON_EXCESS -> {
                BigDecimal rate = excess.ratePercent().orElseThrow();
                Money onValue = percent(outcome.excessValue(), rate);
                Optional<Money> perKg = excess.minimumPerKg().map(m -> rates.convert(m, onValue.currency(), on));
                Money floor = perKg.map(p -> p.times(outcome.excessMassKg())).orElse(Money.zero(onValue.currency()));
                boolean floorApplies = floor.compareTo(onValue) > 0;
                Money amount = onValue.max(floor);
                lines.add(ChargeKind.SINGLE_RATE, "Single rate of customs duties and taxes", Payer.RECIPIENT,
                        outcome.excessValue(), Optional.of(rate), perKg, Optional.of(outcome.excessMassKg()), floorApplies,
                        amount, legal, words(rate) + " % of the value above the allowance, " + outcome.excessValue() + ", is "
                                + onValue + perKg.map(p -> "; at least " + p + " per kg above the mass allowance × "
                                        + kg(outcome.excessMassKg()) + " = " + floor).orElse("")
                                + "; " + (floorApplies ? "the minimum" : "the rate") + " applies: " + amount.rounded()
                                + ", covering duty and taxes (no separate VAT).");
                yield Optional.empty();
            }
            case DUTY_ON_VALUE_WITH_VAT -> {
                BigDecimal rate = excess.ratePercent().orElseThrow();
                Money value = outcome.value();
                Money onValue = percent(value, rate);
                Optional<Money> perKg = excess.minimumPerKg().map(m -> rates.convert(m, value.currency(), on));
                Money floor = perKg.map(p -> p.times(parcel.grossMassKg())).orElse(Money.zero(value.currency()));
                boolean floorApplies = floor.compareTo(onValue) > 0;
                Money duty = onValue.max(floor);
                lines.add(ChargeKind.DUTY, "Customs duty", Payer.RECIPIENT, value, Optional.of(rate), perKg,
                        Optional.of(parcel.grossMassKg()), floorApplies, duty, legal, words(rate) + " % of the whole value, "
                                + value + ", is " + onValue + perKg.map(p -> "; at least " + p + " per kg × "
                                        + kg(parcel.grossMassKg()) + " = " + floor).orElse("")
                                + "; " + (floorApplies ? "the minimum" : "the rate") + " applies: " + duty.rounded() + ".");
                yield vat(jurisdiction, on, value, duty, lines);
            }
            case TARIFF_DUTY_WITH_VAT -> tariffDuty(regime, jurisdiction, on, parcel, outcome, lines);
        };
    }

    /** Duty at each item's tariff rate on its share of the base, then VAT on the base plus duty. */
    private Optional<String> tariffDuty(Regime regime, Jurisdiction jurisdiction, LocalDate on, Parcel parcel,
            RegimeOutcome outcome, Lines lines) {
        if (parcel.goods().isEmpty()) {
            return Optional.of("The consignment lists no goods by HS code, so no tariff rate can be found; an officer "
                    + "assesses the duty.");
        }
        Money value = outcome.value();
        Money base = regime.excess().base() == ExcessCharge.Base.FULL_VALUE ? value : outcome.excessValue();
        List<Money> goodsValues = parcel.goods().stream().map(g -> rates.convert(g.value(), value.currency(), on)).toList();
        Money goodsTotal = goodsValues.stream().reduce(Money.zero(value.currency()), Money::plus);
        Money duty = Money.zero(value.currency());
        Set<BigDecimal> ratesSeen = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parcel.goods().size(); i++) {
            HsCode code = parcel.goods().get(i).hsCode();
            Optional<DutyRate> rate = tariff.rate(jurisdiction.code(), code, on);
            if (rate.isEmpty() || rate.get().ratePercent().isEmpty()) {
                return Optional.of("No duty rate for HS " + code + " in " + jurisdiction.code() + " on " + on
                        + " is known from a cited source" + rate.map(r -> " (" + r.note() + ")").orElse("")
                        + "; an officer assesses the duty.");
            }
            BigDecimal percent = rate.get().ratePercent().get();
            // each item's share of the base, by its share of the goods' value
            Money share = goodsTotal.isPositive()
                    ? base.times(goodsValues.get(i).amount().divide(goodsTotal.amount(), MathContext.DECIMAL64))
                    : base.times(BigDecimal.ONE.divide(BigDecimal.valueOf(parcel.goods().size()), MathContext.DECIMAL64));
            Money itemDuty = percent(share, percent);
            duty = duty.plus(itemDuty);
            ratesSeen.add(percent.stripTrailingZeros());
            sources.add(rate.get().source());
            parts.add(words(percent) + " % of " + share + " (HS " + code + ", tariff " + rate.get().hsPrefix()
                    + ", " + rate.get().confidence().name().toLowerCase() + " confidence) = " + itemDuty);
        }
        String baseWords = regime.excess().base() == ExcessCharge.Base.FULL_VALUE ? "the whole value" : "the value above the allowance";
        lines.add(ChargeKind.DUTY, "Customs duty", Payer.RECIPIENT, base,
                ratesSeen.size() == 1 ? Optional.of(ratesSeen.iterator().next()) : Optional.empty(), Optional.empty(),
                Optional.empty(), false, duty, regime.legalReference() + "; tariff: " + String.join(" ; ", sources),
                "Duty on " + baseWords + ", " + base + ": " + String.join("; ", parts) + "; total " + duty.rounded() + ".");
        return vat(jurisdiction, on, base, duty, lines);
    }

    private Optional<String> vat(Jurisdiction jurisdiction, LocalDate on, Money value, Money duty, Lines lines) {
        Optional<Jurisdiction.DatedRate> vat = jurisdiction.importVatOn(on);
        if (vat.isEmpty()) {
            return Optional.of("No import VAT rate of " + jurisdiction.code() + " on " + on
                    + " is known from a cited source; an officer assesses the VAT.");
        }
        BigDecimal rate = vat.get().ratePercent();
        Money base = value.plus(duty);
        Money amount = percent(base, rate);
        lines.add(ChargeKind.VAT, "Import VAT", Payer.RECIPIENT, base, Optional.of(rate), Optional.empty(), Optional.empty(),
                false, amount, "Import VAT of " + jurisdiction.name() + " (" + vat.get().confidence().name().toLowerCase()
                        + " confidence): " + vat.get().source(),
                words(rate) + " % of the value plus duty, " + value + " + " + duty + " = " + base + ", is " + amount.rounded() + ".");
        return Optional.empty();
    }

    private Optional<String> fee(Fee fee, LocalDate on, Money value, BigDecimal grossMassKg, Lines lines) {
        String legal = fee.legalReference() + " (" + fee.confidence().name().toLowerCase() + " confidence)";
        switch (fee.kind()) {
            case FIXED -> {
                Money amount = fee.amount().orElseThrow();
                lines.add(ChargeKind.FEE, fee.name(), fee.payer(), amount, Optional.empty(), Optional.empty(),
                        Optional.empty(), false, amount, legal, fee.name() + ": a fixed " + amount + ".");
            }
            case BY_VALUE_BAND -> {
                Money inBandCurrency = rates.convert(value, fee.bands().get(0).fee().currency(), on);
                fee.band(inBandCurrency).ifPresent(band -> lines.add(ChargeKind.FEE, fee.name(), fee.payer(), inBandCurrency,
                        Optional.empty(), Optional.empty(), Optional.empty(), false, band.fee(), legal,
                        fee.name() + ": " + band.fee() + " for a value above " + band.above()
                                + band.upTo().map(max -> " up to " + max).orElse("") + " (this one " + inBandCurrency + ")."));
            }
            case PER_KG_OF_BASE_AMOUNT -> {
                Optional<Fee.DatedAmount> baseAmount = fee.baseAmountOn(on);
                if (baseAmount.isEmpty()) {
                    return Optional.of("No base amount for " + fee.name() + " is known on " + on + "; an officer assesses it.");
                }
                BigDecimal kg = Fee.chargeableKg(grossMassKg);
                BigDecimal percent = fee.percentOfBase().orElseThrow();
                Money perKg = percent(baseAmount.get().amount(), percent);
                Money amount = perKg.times(kg);
                lines.add(ChargeKind.FEE, fee.name(), fee.payer(), baseAmount.get().amount(), Optional.of(percent),
                        Optional.of(perKg), Optional.of(kg), false, amount, legal,
                        fee.name() + ": " + words(percent) + " % of the base amount " + baseAmount.get().amount()
                                + " (from " + baseAmount.get().validFrom() + ") = " + perKg + " per kg × " + kg(kg)
                                + " (" + kg(grossMassKg) + " gross, whole kg half up, at least 1) = " + amount.rounded()
                                + (fee.payer() == Payer.DECLARANT ? ", paid by the declarant, not the recipient." : "."));
            }
        }
        return Optional.empty();
    }

    private static Money percent(Money money, BigDecimal rate) {
        return money.times(rate.divide(HUNDRED, MathContext.DECIMAL64));
    }

    private static String words(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    private static String kg(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString() + " kg";
    }

    /** The charges of one calculation, each restated in the currency of payment and rounded there. */
    private final class Lines {

        private final Jurisdiction jurisdiction;
        private final LocalDate on;
        private final List<Charge> all = new ArrayList<>();

        Lines(Jurisdiction jurisdiction, LocalDate on) {
            this.jurisdiction = jurisdiction;
            this.on = on;
        }

        void add(ChargeKind kind, String name, Payer payer, Money base, Optional<BigDecimal> rate, Optional<Money> perKg,
                Optional<BigDecimal> massKg, boolean minimumApplied, Money amount, String legal, String explanation) {
            Optional<ExchangeRate> restated = amount.currency().equals(jurisdiction.currency()) ? Optional.empty()
                    : Optional.of(rates.rate(amount.currency(), jurisdiction.currency(), on));
            // restate the unrounded amount, then round once in the currency of payment
            Money due = restated.map(r -> r.convert(amount)).orElse(amount).rounded();
            all.add(new Charge(kind, name, payer, base, rate, perKg, massKg, minimumApplied, amount, due, restated, legal,
                    explanation + restated.map(r -> " Restated at " + r.rate().stripTrailingZeros().toPlainString() + " "
                            + r.to().getCurrencyCode() + "/" + r.from().getCurrencyCode() + " of " + r.date() + ": " + due + ".")
                            .orElse("")));
        }
    }
}
