package org.caravan.risk.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.caravan.risk.Lane;
import org.caravan.risk.RequestedDocument;
import org.caravan.risk.RiskReason;

/** One rule of a profile, compiled: when its conditions hold on a date it covers, it gives its reason. */
record ProfileRule(String id, String description, Validity validity, Condition when, int score, Lane lane,
        Optional<RequestedDocument> requestDocument) {

    Optional<RiskReason> apply(Screened s) {
        if (!validity.covers(s.on()) || !when.holds(s)) {
            return Optional.empty();
        }
        return Optional.of(new RiskReason(id, description, score, lane, requestDocument));
    }

    /** The dates a profile or a rule applies on, both ends included; no end means until further notice. */
    record Validity(LocalDate from, Optional<LocalDate> to) {

        static final Validity ALWAYS = new Validity(LocalDate.MIN, Optional.empty());

        boolean covers(LocalDate on) {
            return !on.isBefore(from) && to.map(end -> !on.isAfter(end)).orElse(true);
        }
    }
}
