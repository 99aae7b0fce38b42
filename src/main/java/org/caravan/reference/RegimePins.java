package org.caravan.reference;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.audit.AuditTrail;
import org.caravan.reference.internal.store.PinTable;
import org.caravan.reference.internal.store.PinTable.PinChange;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regimes an administration keeps in force for its country past their end date, until it
 * confirms that the next one has started: the EAEU e-commerce goods regime was adopted for
 * 1 July 2026, and a member may not yet apply it. Set through the API or by configuration
 * ({@code caravan.regimes.pinned.KZ=EAEU-PERSONAL-USE-2020}); every change is kept with who
 * made it and why, and each instance rereads the pins every minute.
 */
@Service
public class RegimePins {

    private final PinTable table;
    private final Jurisdictions jurisdictions;
    private final Map<String, String> configured;
    private volatile Map<CountryCode, String> pinned = Map.of();
    private final AuditTrail audit;

    /** Without the audit trail: the reference data on its own, as the unit tests build it. */
    RegimePins(PinTable table, Jurisdictions jurisdictions, Environment environment) {
        this(table, jurisdictions, environment, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    RegimePins(PinTable table, Jurisdictions jurisdictions, Environment environment, AuditTrail audit) {
        this.audit = audit;
        this.table = table;
        this.jurisdictions = jurisdictions;
        this.configured = Binder.get(environment)
                .bind("caravan.regimes.pinned", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        reload();
    }

    public record Pin(CountryCode jurisdiction, Optional<String> regimeId, String pinnedBy, String reason, Instant at) {
    }

    public Optional<String> pinned(CountryCode jurisdiction) {
        return Optional.ofNullable(pinned.get(jurisdiction));
    }

    /**
     * Keeps {@code regimeId} in force for the jurisdiction.
     *
     * @throws IllegalArgumentException when the regime is unknown or not one of the jurisdiction's
     */
    @Transactional
    public Pin pin(CountryCode jurisdiction, String regimeId, String actor, String reason) {
        Regime regime = jurisdictions.regime(regimeId)
                .orElseThrow(() -> new IllegalArgumentException("no regime " + regimeId));
        if (!regime.jurisdictions().contains(jurisdiction)) {
            throw new IllegalArgumentException("regime " + regimeId + " is not a regime of " + jurisdiction);
        }
        return change(jurisdiction, Optional.of(regimeId), actor, reason);
    }

    /** Lets the dated regimes choose again. */
    @Transactional
    public Pin unpin(CountryCode jurisdiction, String actor, String reason) {
        return change(jurisdiction, Optional.empty(), actor, reason);
    }

    public List<Pin> history(CountryCode jurisdiction) {
        return table.history().stream().filter(c -> c.jurisdiction().equals(jurisdiction.value()))
                .map(RegimePins::pin).toList();
    }

    private Pin change(CountryCode jurisdiction, Optional<String> regimeId, String actor, String reason) {
        PinChange change = new PinChange(jurisdiction.value(), regimeId, actor, reason, Instant.now());
        table.append(UUID.randomUUID(), change);
        if (audit != null) {
            audit.record(actor, regimeId.isPresent() ? "regime.pinned" : "regime.unpinned", "regime-pin",
                    jurisdiction.value(), jurisdiction.value(), "regime", regimeId.orElse(null), "reason", reason);
        }
        reload();
        return pin(change);
    }

    /** Applies the configured pins that differ from the ones in force, recorded as made by the configuration. */
    @EventListener(ApplicationReadyEvent.class)
    void applyConfiguration() {
        configured.forEach((code, regimeId) -> {
            CountryCode jurisdiction = CountryCode.of(code);
            if (!pinned(jurisdiction).equals(Optional.of(regimeId))) {
                pin(jurisdiction, regimeId, "configuration", "caravan.regimes.pinned." + code + " is set");
            }
        });
    }

    @Scheduled(fixedDelayString = "${caravan.reference.fx-reload:PT1M}", initialDelayString = "${caravan.reference.fx-reload:PT1M}")
    public void reload() {
        Map<CountryCode, String> latest = new HashMap<>();
        for (PinChange change : table.history()) {
            CountryCode code = CountryCode.of(change.jurisdiction());
            change.regimeId().ifPresentOrElse(id -> latest.put(code, id), () -> latest.remove(code));
        }
        pinned = Map.copyOf(latest);
    }

    private static Pin pin(PinChange c) {
        return new Pin(CountryCode.of(c.jurisdiction()), c.regimeId(), c.pinnedBy(), c.reason(), c.at());
    }
}
