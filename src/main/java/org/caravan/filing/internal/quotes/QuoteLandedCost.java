package org.caravan.filing.internal.quotes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.filing.AllowanceUsage;
import org.caravan.filing.internal.quotes.store.QuoteTable;
import org.caravan.filing.internal.quotes.store.StoredQuote;
import org.caravan.filing.internal.quotes.web.QuoteAnswer;
import org.caravan.filing.internal.quotes.web.QuoteRequests;
import org.caravan.party.Caller;
import org.caravan.party.ConsumerIdStanding;
import org.caravan.party.ConsumerIds;
import org.caravan.reference.Allowance;
import org.caravan.reference.Charge;
import org.caravan.reference.ChargeWords;
import org.caravan.reference.DeMinimisCalculation;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.ExchangeRate;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Parcel;
import org.caravan.reference.Payer;
import org.caravan.reference.RateUnavailable;
import org.caravan.reference.Regime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A platform or declarant asks at checkout what the buyer will pay at the border: the
 * regime of the destination, channel and date is applied with the same arithmetic that
 * assesses the manifest line ({@link DeMinimisCalculator}), and the answer is kept so the
 * order filed with it can be compared.
 */
@Service
public class QuoteLandedCost {

    /**
     * How long a quote holds for an order filed with it: a checkout session with room to spare,
     * and no longer than the day's exchange rates and the recipient's monthly quota, which
     * other parcels may spend meanwhile, can be trusted to stand.
     */
    static final Duration VALIDITY = Duration.ofHours(24);

    private final QuoteValidation validation;
    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final ExchangeRates rates;
    private final ObjectProvider<AllowanceUsage> usage;
    private final QuoteTable quotes;
    private final JsonMapper json;

    private final ConsumerIds consumerIds;

    QuoteLandedCost(QuoteValidation validation, DeMinimisCalculator calculator, Jurisdictions jurisdictions,
            ExchangeRates rates, ObjectProvider<AllowanceUsage> usage, QuoteTable quotes,
            JsonMapper json, ConsumerIds consumerIds) {
        this.consumerIds = consumerIds;
        this.validation = validation;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.rates = rates;
        this.usage = usage;
        this.quotes = quotes;
        this.json = json;
    }

    /** Quotes, keeps the quote and answers with it as JSON, the text {@link #find} gives back later. */
    @Transactional
    public String quote(Caller caller, QuoteRequests.Quote body, List<Locale> languages) {
        Instant now = Instant.now();
        QuoteRequest request = validation.validate(body, now);
        Regime regime = regime(request);
        try {
            return answer(caller, request, regime, now, ChargeWords.language(languages));
        } catch (RateUnavailable e) {
            throw new InvalidInput(new Violation(pointerOf(e.currency(), request), "no-exchange-rate",
                    "no exchange rate for " + e.currency().getCurrencyCode() + " is on record on or before "
                            + e.date() + ", so nothing can be computed for that date"));
        }
    }

    /** The quote as it was given, to the party that asked for it; anyone else's is not found. */
    public String find(Caller caller, UUID quoteId) {
        return quotes.find(quoteId).filter(q -> q.partyId().equals(caller.partyId())).map(StoredQuote::answer)
                .orElseThrow(() -> new NotFound("No quote " + quoteId + " of yours"));
    }

    private Regime regime(QuoteRequest request) {
        Optional<Regime> regime = calculator.regimeFor(request.destination(), request.channel(), request.assessmentDate());
        if (regime.isPresent()) {
            return regime.get();
        }
        LocalDate on = request.assessmentDate();
        List<Regime> inForce = jurisdictions.regimesOf(request.destination()).stream().filter(r -> r.inForce(on)).toList();
        if (inForce.isEmpty()) {
            throw new InvalidInput(new Violation("/assessmentDate", "no-regime-in-force",
                    "no regime of " + request.destination() + " is in force on " + on));
        }
        throw new InvalidInput(new Violation("/channel", "no-regime-for-channel", "no regime of " + request.destination()
                + " covers " + request.channel() + " parcels on " + on + "; those in force cover " + inForce.stream()
                .flatMap(r -> r.channels().stream()).map(Enum::name).distinct().sorted().collect(Collectors.joining(", "))));
    }

    private String answer(Caller caller, QuoteRequest request, Regime regime, Instant now, Locale language) {
        LocalDate on = request.assessmentDate();
        List<String> notes = new ArrayList<>();
        List<QuoteAnswer.RateUsed> rateList = new ArrayList<>();
        Set<ExchangeRate> seen = new LinkedHashSet<>();
        Currency currency = request.items().get(0).unitValue().currency();
        Money customsValue = Money.zero(currency);
        for (QuoteRequest.Item item : request.items()) {
            Money value = item.value();
            if (!value.currency().equals(currency)) {
                ExchangeRate rate = rates.rate(value.currency(), currency, on);
                if (seen.add(rate)) {
                    rateList.add(rate("GOODS", rate));
                }
                value = rate.convert(value);
            }
            customsValue = customsValue.plus(value);
        }
        if (!seen.isEmpty()) {
            notes.add("Items in other currencies are valued in " + currency.getCurrencyCode() + " at the rates listed.");
        }
        Money usedBefore = usedBefore(request, regime, notes);
        var goods = request.items().stream().map(i -> new Parcel.Goods(i.hsCode(), i.value())).toList();
        DeMinimisCalculation calc = calculator.calculate(regime, request.destination(), on,
                new Parcel(customsValue, request.grossMassKg(), goods, usedBefore));
        if (!calc.valuationRate().from().equals(calc.valuationRate().to())) {
            rateList.add(rate("VALUATION", calc.valuationRate()));
        }
        calc.charges().stream().flatMap(c -> c.rate().stream()).distinct().forEach(r -> rateList.add(rate("PAYMENT", r)));

        notes.add(request.shippingCost().isPresent()
                ? "The customs value is the goods' value: the regimes Caravan applies here value goods without "
                        + "the shipping cost, which is shown as sent and not added."
                : "The customs value is the goods' value: the regimes Caravan applies here value goods without shipping.");
        if (request.massSummed()) {
            notes.add("The parcel's gross mass is taken as the sum of the items' masses, " + kg(request.grossMassKg())
                    + "; packaging adds to it, so give grossMassKg where a mass allowance or a charge per kg applies.");
        }
        if (calc.charges().stream().anyMatch(c -> c.payer() == Payer.DECLARANT)) {
            notes.add("Lines with payer DECLARANT are paid by the courier or operator that declares the parcel, "
                    + "not by the buyer, and are not in totalDue.");
        }
        calc.notComputed().ifPresent(why -> notes.add("Not computed: " + why));
        notes.add("A quote, not an assessment: customs assess the consignment when the manifest is filed; an order "
                + "filed with this quoteId is compared with it.");

        List<QuoteAnswer.Line> lines = calc.charges().stream().map(c -> line(c, language)).toList();
        UUID id = Ids.next();
        Instant validUntil = now.plus(VALIDITY);
        Optional<Money> totalDue = calc.chargeDue();
        QuoteAnswer answer = new QuoteAnswer(id, validUntil, request.destination().value(), request.channel().name(),
                new QuoteAnswer.RegimeUsed(regime.id(), regime.name(), regime.legalReference(), regime.confidence().name(),
                        regime.caveat(), regime.sources()),
                on, customsValue.rounded(), request.shippingCost().orElse(null),
                request.grossMassKg().stripTrailingZeros().toPlainString(), calc.dutyFree(), calc.chargeComputed(),
                calc.notComputed().orElse(null), totalDue.orElse(null), lines, rateList, notes);
        String text = json.writeValueAsString(answer);
        quotes.insert(new StoredQuote(id, caller.partyId(), caller.clientId(), request.destination(), request.channel(), on,
                request.consumerId(), customsValue, request.grossMassKg(),
                request.items().stream().map(i -> new StoredQuote.QuotedItem(i.hsCode().value(), i.quantity(), i.value()))
                        .toList(),
                regime.id(), totalDue, json.writeValueAsString(lines), text, now, validUntil));
        return text;
    }

    /**
     * What the buyer already used of a monthly allowance, as clearance counted it; a seller's
     * conveyance cannot be known at checkout, so this parcel is counted alone.
     */
    private Money usedBefore(QuoteRequest request, Regime regime, List<String> notes) {
        Allowance allowance = regime.allowance();
        Currency currency = allowance.value().currency();
        Money none = Money.zero(currency);
        switch (allowance.basis()) {
            case PER_CONSIGNMENT -> {
                return none;
            }
            case PER_SELLER_CONVEYANCE -> {
                notes.add("The allowance of " + allowance.value() + " counts all parcels of one seller on one conveyance "
                        + "together; this quote counts this parcel alone.");
                return none;
            }
            case PER_RECIPIENT_CALENDAR_MONTH -> {
                AllowanceUsage counted = usage.getIfAvailable();
                if (request.consumerId().isEmpty() || counted == null) {
                    notes.add("No consumerId was given, so no earlier use of the monthly allowance of " + allowance.value()
                            + " was counted; parcels the buyer received earlier this month may make duty due.");
                    return none;
                }
                // allowances are counted per person, so every id the person was issued shares one
                String id = request.consumerId().get();
                ConsumerIdStanding standing = consumerIds.standing(List.of(id)).get(id);
                if (standing == null || standing.revoked()) {
                    notes.add("consumerId " + id + " is not a consumer id in use, so no earlier use of the monthly "
                            + "allowance of " + allowance.value() + " was counted; an order or manifest quoting it "
                            + "is refused.");
                    return none;
                }
                String period = YearMonth.from(request.assessmentDate()).toString();
                Money used = counted.used(request.destination(), regime.id(), period, standing.personKey(), currency);
                notes.add("Counts " + used + " already used in " + period + " of the monthly allowance of "
                        + allowance.value() + ", as assessed so far for this consumerId.");
                return used;
            }
        }
        return none;
    }

    private QuoteAnswer.Line line(Charge c, Locale language) {
        return new QuoteAnswer.Line(c.kind().name(), c.name(), c.due().amount().toPlainString(),
                c.due().currency().getCurrencyCode(), c.payer().name(), c.legalBasis(), c.explanation(),
                ChargeWords.plain(c, language));
    }

    private static QuoteAnswer.RateUsed rate(String purpose, ExchangeRate r) {
        return new QuoteAnswer.RateUsed(purpose, r.from().getCurrencyCode(), r.to().getCurrencyCode(),
                r.rate().stripTrailingZeros().toPlainString(), r.date(), r.source());
    }

    /**
     * The field that brought in a currency without a rate: an item's currency; else (the
     * allowance's or the destination's currency) the destination when Caravan has no rate for
     * it on any date, the date when only earlier ones are missing.
     */
    private String pointerOf(Currency currency, QuoteRequest request) {
        for (int i = 0; i < request.items().size(); i++) {
            if (request.items().get(i).unitValue().currency().equals(currency)) {
                return "/items/" + i + "/value/currency";
            }
        }
        return rates.isQuoted(currency) ? "/assessmentDate" : "/destination";
    }

    private static String kg(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString() + " kg";
    }
}
