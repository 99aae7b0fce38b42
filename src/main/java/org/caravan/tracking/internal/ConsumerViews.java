package org.caravan.tracking.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caravan.clearance.ClearanceStandings;
import org.caravan.clearance.ConsigneeDocuments;
import org.caravan.clearance.ConsigneePayments;
import org.caravan.filing.FiledConsignment;
import org.caravan.reference.ChargeWords;
import org.caravan.reference.Money;
import org.caravan.tracking.ConsumerTracking;
import org.caravan.tracking.ParcelView;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.stereotype.Component;

/**
 * Builds the consumer's view of a parcel, the one implementation behind the JSON API and the
 * tracking page: the timeline in plain language, where the parcel stands, what happens next
 * and what to do; after a proof that holds, also the amount due line by line and the goods.
 */
@Component
public class ConsumerViews implements ConsumerTracking {

    private final ConsumerTimeline timeline;
    private final TrackingTexts texts;
    private final ClearanceStandings standings;
    private final ConsigneeDocuments consigneeDocuments;
    private final ConsigneePayments consigneePayments;
    private final ConsigneeProofs proofs;

    ConsumerViews(ConsumerTimeline timeline, TrackingTexts texts, ClearanceStandings standings,
            ConsigneeDocuments consigneeDocuments, ConsigneePayments consigneePayments, ConsigneeProofs proofs) {
        this.timeline = timeline;
        this.texts = texts;
        this.standings = standings;
        this.consigneeDocuments = consigneeDocuments;
        this.consigneePayments = consigneePayments;
        this.proofs = proofs;
    }

    @Override
    public Optional<ParcelView> view(Enquiry enquiry) {
        return view(enquiry, false);
    }

    /**
     * As {@link #view(Enquiry)}; a {@code partner} signed in with its token (a courier watching
     * its parcels) is not held to a consumer's pace of lookups, though its proofs are.
     */
    public Optional<ParcelView> view(Enquiry enquiry, boolean partner) {
        String trackingNumber = enquiry.trackingNumber();
        String client = proofs.client(enquiry.remoteAddress(), enquiry.forwardedFor());
        if (!partner) {
            proofs.lookup(client);
        }
        if (enquiry.proof().isPresent()) {
            proofs.attempt(client, trackingNumber);
        }
        List<Timeline.Entry> entries = timeline.of(trackingNumber);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Optional<FiledConsignment> proven = enquiry.proof().flatMap(p -> proofs.proven(trackingNumber, p));
        return Optional.of(view(trackingNumber, entries, enquiry.language(), proven));
    }

    private ParcelView view(String trackingNumber, List<Timeline.Entry> entries, Locale language,
            Optional<FiledConsignment> proven) {
        List<ParcelView.Event> events = new ArrayList<>(entries.size());
        boolean arrived = false;
        for (Timeline.Entry e : entries) {
            arrived |= e.status().equals("ARRIVED");
            String key = textKey(e.status(), arrived);
            events.add(new ParcelView.Event(e.occurredAt(), e.status(), TimelineCodes.of(e.status()),
                    texts.optional("status." + key, language).orElse(e.explanation()), e.jurisdiction()));
        }
        // arrival changes nothing of what the consumer must do: the hold before it still stands
        String standing = entries.stream().map(Timeline.Entry::status).filter(st -> !st.equals("ARRIVED"))
                .reduce((first, second) -> second).orElse("ARRIVED");
        String lastKey = textKey(standing, arrived);
        List<ParcelView.AmountDue> due = proven.isEmpty() ? List.of() : amountsDue(trackingNumber, language);
        Optional<String> action = !due.isEmpty() && standing.equals("PAYMENT_REQUIRED")
                ? texts.optional("action.PAYMENT_REQUIRED.amount", language, due.get(0).amount().amount().toPlainString(),
                        due.get(0).amount().currency().getCurrencyCode())
                : texts.optional("action." + lastKey, language);
        ParcelView.Event current = events.get(events.size() - 1);
        return new ParcelView(trackingNumber, current.status(), current.code(), current.explanation(),
                texts.optional("next." + lastKey, language), action, language, proven.isPresent(), due,
                proven.map(c -> c.items().stream().map(FiledConsignment.Item::description).toList()).orElse(List.of()),
                proven.map(c -> consigneeDocuments.open(trackingNumber).stream().map(r -> new ParcelView.DocumentRequested(
                        r.requestId(), r.jurisdiction(), r.kind(), r.reason(), r.requestedAt())).toList()).orElse(List.of()),
                List.copyOf(events));
    }

    private List<ParcelView.AmountDue> amountsDue(String trackingNumber, Locale language) {
        Map<String, String> references = consigneePayments.due(trackingNumber).stream().collect(Collectors.toMap(
                ConsigneePayments.Due::jurisdiction, ConsigneePayments.Due::reference, (a, b) -> a));
        return standings.of(trackingNumber).stream()
                .filter(s -> s.amountDue() != null)
                .map(s -> new ParcelView.AmountDue(s.jurisdiction(),
                        Money.of(s.amountDue(), Currency.getInstance(s.amountCurrency())),
                        s.lines().stream().map(l -> new ParcelView.DueLine(l.kind().name(), l.due(),
                                ChargeWords.plain(l.kind(), l.name(), l.payer(), l.base(), l.ratePercent(), l.perKg(),
                                        l.massKg(), l.minimumApplied(), l.due(), language), l.legalBasis())).toList(),
                        Optional.ofNullable(references.get(s.jurisdiction()))))
                .toList();
    }

    /** A hold reads differently before and after arrival: only after it does the consumer wait for a check. */
    private static String textKey(String status, boolean arrived) {
        return status.equals(ConsumerTimeline.HELD_BY_CUSTOMS)
                ? status + (arrived ? ".at-the-border" : ".before-arrival") : status;
    }
}
