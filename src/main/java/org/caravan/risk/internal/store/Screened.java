package org.caravan.risk.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.caravan.risk.RiskResult;
import org.caravan.risk.Selection;

/** What one side of a run made of one parcel: lane, score, selection and its top reasons. */
public record Screened(UUID runId, String trackingNumber, Side side, UUID manifestId, Lane lane, int score, Selection selection,
        List<RiskReason> topReasons, Instant screenedAt) {

    public enum Side {
        PRODUCTION, CANDIDATE
    }

    public static Screened of(UUID runId, String trackingNumber, UUID manifestId, Side side, RiskResult result, Instant at) {
        return new Screened(runId, trackingNumber, side, manifestId, result.lane(), result.score(), result.selection(),
                result.topReasons(), at);
    }
}
