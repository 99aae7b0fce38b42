package org.caravan.tracking.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.caravan.clearance.ClearanceStandings;
import org.caravan.clearance.ParcelReturns;
import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.tracking.FinalMileEventReported;
import org.caravan.tracking.FinalMileEventType;
import org.caravan.tracking.internal.model.FinalMile;
import org.caravan.tracking.internal.store.FinalMileEvents;
import org.caravan.tracking.internal.store.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courier that filed a parcel reports its last mile after customs released it. The
 * report, the consumer's timeline entry, the {@link FinalMileEventReported} event and, for a
 * return, clearance's restoring of the allowance all commit together or not at all.
 */
@Service
public class ReportFinalMileEvent {

    /** Problem type of a report the final-mile rules refuse (409). */
    public static final String FINAL_MILE_REFUSED = "final-mile-refused";
    /** Problem type of a report on a parcel customs have not released (409). */
    public static final String NOT_RELEASED = "not-released";

    private final FiledConsignments filings;
    private final ClearanceStandings standings;
    private final FinalMileEvents reports;
    private final Timeline timeline;
    private final TrackingTexts texts;
    private final ParcelReturns returns;
    private final ApplicationEventPublisher events;

    ReportFinalMileEvent(FiledConsignments filings, ClearanceStandings standings, FinalMileEvents reports,
            Timeline timeline, TrackingTexts texts, ParcelReturns returns, ApplicationEventPublisher events) {
        this.filings = filings;
        this.standings = standings;
        this.reports = reports;
        this.timeline = timeline;
        this.texts = texts;
        this.returns = returns;
        this.events = events;
    }

    /** What became of a report: whether it was new, and where the parcel now stands. */
    public record Outcome(boolean recorded, FinalMileEventType state) {
    }

    @Transactional
    public Outcome report(Caller courier, String trackingNumber, FinalMileEventType type, Instant occurredAt,
            Optional<String> location) {
        FiledConsignment filed = filings.byTrackingNumber(trackingNumber)
                .filter(c -> courier.is(Role.ADMIN) || c.courierPartyId().equals(courier.partyId()))
                .orElseThrow(() -> new NotFound("No consignment " + trackingNumber + " filed by this courier"));
        List<ClearanceStandings.Standing> cases = standings.of(trackingNumber);
        if (cases.isEmpty() || !cases.stream().allMatch(ClearanceStandings.Standing::releasedForDelivery)) {
            throw new Conflict(NOT_RELEASED, "Consignment " + trackingNumber
                    + " is not released for delivery; final-mile events follow release after arrival");
        }
        Instant arrived = cases.stream().map(ClearanceStandings.Standing::arrivedAt).filter(a -> a != null)
                .max(Instant::compareTo).orElseThrow();
        if (occurredAt.isBefore(arrived)) {
            throw new Conflict(FINAL_MILE_REFUSED, "A final-mile event of " + trackingNumber
                    + " cannot have happened before the parcel arrived at the border at " + arrived,
                    List.of(new Violation("/occurredAt", "before-arrival", "occurredAt is not before the arrival at "
                            + arrived)));
        }
        // the store keeps microseconds: a repeat sent with nanoseconds must still be the same report
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        FinalMile.Report report = new FinalMile.Report(type, occurredAt);
        reports.lock(trackingNumber);
        FinalMile mile = new FinalMile(reports.of(trackingNumber));
        if (mile.repeats(report)) {
            return new Outcome(false, mile.state().orElseThrow());
        }
        FinalMile after;
        try {
            after = mile.with(report);
        } catch (FinalMile.Refused refused) {
            throw new Conflict(FINAL_MILE_REFUSED, refused.getMessage());
        }
        Instant now = Instant.now();
        if (!reports.add(trackingNumber, report, location.orElse(null), filed.courierPartyId(), now)) {
            return new Outcome(false, after.state().orElseThrow());
        }
        timeline.appendAll(List.of(new Timeline.Entry(trackingNumber, occurredAt, type.name(),
                texts.english("status." + type.name()), Optional.of(filed.destination().value()))));
        events.publishEvent(new FinalMileEventReported(trackingNumber, filed.courierPartyId(), type, occurredAt,
                location.orElse(null), now));
        if (type == FinalMileEventType.RETURNED) {
            returns.returned(trackingNumber, occurredAt, courier.clientId());
        }
        return new Outcome(true, after.state().orElseThrow());
    }
}
