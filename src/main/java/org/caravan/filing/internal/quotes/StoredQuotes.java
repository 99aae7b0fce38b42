package org.caravan.filing.internal.quotes;

import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.Quotes;
import org.caravan.filing.internal.quotes.store.QuoteTable;
import org.springframework.stereotype.Component;

/** The quotes as kept, read for assessment. */
@Component
class StoredQuotes implements Quotes {

    private final QuoteTable table;

    StoredQuotes(QuoteTable table) {
        this.table = table;
    }

    @Override
    public Optional<Quoted> find(UUID quoteId) {
        return table.find(quoteId).map(q -> new Quoted(q.id(), q.destination(), q.assessmentDate(), q.regimeId(),
                q.items().stream().map(i -> new Quoted.Item(i.hsCode(), i.quantity(), i.value())).toList(), q.totalDue(),
                q.validUntil()));
    }
}
