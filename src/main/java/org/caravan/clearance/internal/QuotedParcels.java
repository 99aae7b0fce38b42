package org.caravan.clearance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.Decision;
import org.caravan.clearance.internal.model.QuoteCheck;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.Quotes;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.springframework.stereotype.Component;

/**
 * A parcel whose order was filed with a landed-cost quote is assessed as quoted when it is
 * the parcel quoted: same destination, the same goods at the same values, filed while the
 * quote held and under the same regime. Then it is assessed on the quote's date, at that
 * day's rates, and the buyer pays what the platform told them (unless the recipient's
 * monthly allowance was used since, which is said). Otherwise it is assessed as filed and
 * each difference is said in words. Parcels without a quote cost one check.
 */
@Component
class QuotedParcels {

    private final Quotes quotes;

    QuotedParcels(Quotes quotes) {
        this.quotes = quotes;
    }

    /** Where and on which date to assess one parcel, and what to say of its quote afterwards. */
    record Plan(LocalDate on, Optional<Quotes.Quoted> quote, List<String> differences) {

        static Plan asFiled(LocalDate on) {
            return new Plan(on, Optional.empty(), List.of());
        }

        boolean asQuoted() {
            return quote.isPresent() && differences.isEmpty();
        }

        /** The decision with its comparison with the quote, totals included. */
        Decision compared(Decision decision) {
            if (quote.isEmpty()) {
                return decision;
            }
            List<String> said = new ArrayList<>(differences);
            Optional<Money> assessed = decision.assessment().totalDue();
            Optional<Money> quoted = quote.get().totalDue();
            if (asQuoted() && !same(assessed, quoted)) {
                said.add("assessed " + assessed.map(Money::toString).orElse("by an officer") + " against the quoted "
                        + quoted.map(Money::toString).orElse("amount an officer was to assess")
                        + " (the recipient's allowance used since the quote, or a hold, counts)");
            }
            QuoteCheck check = new QuoteCheck(quote.get().id(), asQuoted(), quote.get().assessmentDate(), quoted, said);
            return new Decision(decision.status(), decision.queue(), decision.risk(), decision.assessment().withQuote(check));
        }
    }

    private static boolean same(Optional<Money> a, Optional<Money> b) {
        return a.isPresent() == b.isPresent() && a.map(x -> x.currency().equals(b.get().currency())
                && x.amount().compareTo(b.get().amount()) == 0).orElse(true);
    }

    /** The quotes of one chunk, read once each. */
    final class Chunk {

        private final Map<UUID, Optional<Quotes.Quoted>> read = new HashMap<>();

        Plan plan(FiledConsignment c, CountryCode jurisdiction, LocalDate on, Optional<Regime> regime) {
            if (c.quoteId().isEmpty()) {
                return Plan.asFiled(on);
            }
            Optional<Quotes.Quoted> quote = read.computeIfAbsent(c.quoteId().get(), quotes::find);
            if (quote.isEmpty()) {
                return Plan.asFiled(on);
            }
            List<String> differences = differences(c, quote.get(), jurisdiction, regime);
            return new Plan(differences.isEmpty() ? quote.get().assessmentDate() : on, quote, differences);
        }
    }

    Chunk forChunk() {
        return new Chunk();
    }

    static List<String> differences(FiledConsignment c, Quotes.Quoted q, CountryCode jurisdiction, Optional<Regime> regime) {
        List<String> differences = new ArrayList<>();
        if (!jurisdiction.equals(q.destination())) {
            differences.add("destination " + jurisdiction + " differs from the quoted " + q.destination());
        }
        if (!c.filedAt().isBefore(q.validUntil())) {
            differences.add("filed after the quote expired at " + q.validUntil());
        }
        String filedRegime = regime.map(Regime::id).orElse("none");
        if (!filedRegime.equals(q.regimeId())) {
            differences.add("the quote applied regime " + q.regimeId() + "; when filed, " + filedRegime + " applies");
        }
        differences.addAll(Quotes.differences("parcel", c.items().stream()
                .map(i -> new Quotes.Quoted.Item(i.hsCode().value(), i.quantity(), i.value())).toList(), q.items()));
        return differences;
    }
}
