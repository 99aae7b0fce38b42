package org.caravan.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;

/**
 * An experiment of the regulatory sandbox: a candidate risk profile (and model version)
 * screening parcels beside production, recorded and never enforced.
 *
 * @param candidateBasis where the candidate profile's numbers come from, as it states
 * @param from first filing date replayed (in the jurisdiction's time zone), for a replay
 * @param to last filing date replayed, for a replay
 */
public record SandboxRun(UUID id, CountryCode jurisdiction, SandboxMode mode, String candidateBasis,
        Optional<String> modelVersion, Optional<LocalDate> from, Optional<LocalDate> to, String reason, String startedBy,
        Instant startedAt, Optional<Instant> stoppedAt) {

    public boolean active() {
        return mode == SandboxMode.SHADOW && stoppedAt.isEmpty();
    }
}
