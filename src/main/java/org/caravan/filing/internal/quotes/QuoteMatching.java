package org.caravan.filing.internal.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.filing.Quotes;
import org.caravan.filing.internal.Order;
import org.caravan.filing.internal.quotes.store.QuoteTable;
import org.caravan.filing.internal.quotes.store.StoredQuote;
import org.caravan.filing.internal.web.OrderReceipt.QuoteComparison;
import org.caravan.party.Caller;
import org.caravan.reference.DeMinimisCalculator;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Regime;
import org.springframework.stereotype.Component;

/**
 * Compares an order with the quote it was filed with. The quote must be the filer's own and
 * still valid; then the destination, each item's HS code, quantity and value, and the currency
 * are compared, and so is the regime of the filing date, and every difference is said in
 * words: the buyer was quoted on the goods quoted, and an assessment of other goods, or on
 * another day, may differ.
 */
@Component
public class QuoteMatching {

    private final QuoteTable quotes;
    private final DeMinimisCalculator calculator;
    private final Jurisdictions jurisdictions;

    QuoteMatching(QuoteTable quotes, DeMinimisCalculator calculator, Jurisdictions jurisdictions) {
        this.quotes = quotes;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
    }

    /** @throws InvalidInput naming {@code /quoteId} when the quote is unknown, another party's or expired */
    public QuoteComparison compare(Caller platform, Order order, UUID quoteId, Instant now) {
        // another party's quote is answered as unknown: its existence is not the filer's to learn
        StoredQuote quote = quotes.find(quoteId).filter(q -> q.partyId().equals(platform.partyId()))
                .orElseThrow(() -> new InvalidInput(new Violation("/quoteId", "unknown-quote",
                        "no quote " + quoteId + " was given to you")));
        if (!now.isBefore(quote.validUntil())) {
            throw new InvalidInput(new Violation("/quoteId", "quote-expired",
                    "the quote expired at " + quote.validUntil() + "; ask for a new one"));
        }
        List<String> differences = new ArrayList<>(differences(order, quote));
        // a quote for another day (asked for by date, or given before midnight) may fall under another regime
        LocalDate today = jurisdictions.dateIn(order.destination(), now);
        calculator.regimeFor(order.destination(), quote.channel(), today).map(Regime::id)
                .filter(id -> !id.equals(quote.regimeId()))
                .ifPresent(id -> differences.add("the quote applied regime " + quote.regimeId() + " of "
                        + quote.assessmentDate() + "; on " + today + " regime " + id + " applies"));
        return new QuoteComparison(quoteId, differences.isEmpty(), differences);
    }

    static List<String> differences(Order order, StoredQuote quote) {
        List<String> differences = new ArrayList<>();
        if (!order.destination().equals(quote.destination())) {
            differences.add("destination " + order.destination() + " differs from the quoted " + quote.destination());
        }
        differences.addAll(Quotes.differences("order", order.lines().stream()
                .map(l -> new Quotes.Quoted.Item(l.hsCode().value(), l.quantity(),
                        l.unitPrice().times(BigDecimal.valueOf(l.quantity()))))
                .toList(), quote.items().stream()
                .map(i -> new Quotes.Quoted.Item(i.hsCode(), i.quantity(), i.value())).toList()));
        return List.copyOf(differences);
    }
}
