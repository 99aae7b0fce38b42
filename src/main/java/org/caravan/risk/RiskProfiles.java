package org.caravan.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.common.audit.AuditTrail;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.ProfileCatalog;
import org.caravan.risk.internal.store.ProfileTable;
import org.caravan.risk.internal.ProfileVocabulary;
import org.caravan.risk.internal.RiskProfile;
import org.caravan.risk.internal.RiskProfileFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The risk profiles administrations load as documents (docs/risk-profiles.md): each is
 * checked before it is stored, kept as a version with who loaded it and why, and in force
 * at once on this instance and within a poll interval on the others.
 */
@Service
public class RiskProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(RiskProfiles.class);

    private final ProfileTable table;
    private final ProfileCatalog catalog;
    private final ProfileVocabulary vocabulary;
    private volatile long seen = -1;
    private final AuditTrail audit;

    RiskProfiles(ProfileTable table, ProfileCatalog catalog, ProfileVocabulary vocabulary, AuditTrail audit) {
        this.audit = audit;
        this.table = table;
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        poll();
    }

    /**
     * Checks the document and stores it as the jurisdiction's next version.
     *
     * @throws RefusedRiskProfile naming the line and field when the document cannot be applied;
     *         the version in force stays so
     */
    @Transactional
    public ProfileVersion load(CountryCode jurisdiction, String document, ProfileFormat format, String loadedBy,
            String reason) {
        RiskProfile profile = RiskProfileFile.read(document, format, vocabulary);
        if (!profile.jurisdiction().equals(jurisdiction.value())) {
            throw new RefusedRiskProfile(0, "jurisdiction", "the document is for '" + profile.jurisdiction()
                    + "', not for " + jurisdiction);
        }
        ProfileVersion version = table.append(jurisdiction.value(), profile.id(), format, document, loadedBy, reason,
                Instant.now());
        audit.record(loadedBy, "risk-profile.loaded", "risk-profile", jurisdiction.value(), jurisdiction.value(),
                "version", version.version(), "profileId", profile.id(), "reason", reason,
                "documentSha256", new org.caravan.common.audit.AuditDigest().add(document).hex());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reload();
            }
        });
        return version;
    }

    public Optional<ProfileVersion> active(CountryCode jurisdiction) {
        return table.history(jurisdiction.value()).stream().findFirst();
    }

    /** Every version loaded for the jurisdiction, newest first. */
    public List<ProfileVersion> history(CountryCode jurisdiction) {
        return table.history(jurisdiction.value());
    }

    /** Picks up versions another instance loaded: a cheap read of the newest id, a reload only when it moved. */
    @Scheduled(fixedDelayString = "${caravan.risk.profile-poll:PT5S}", initialDelayString = "${caravan.risk.profile-poll:PT5S}")
    public void poll() {
        if (table.latestId() != seen) {
            reload();
        }
    }

    private synchronized void reload() {
        long latest = table.latestId();
        Map<String, List<RiskProfile>> byJurisdiction = new HashMap<>();
        for (ProfileVersion v : table.all()) {
            try {
                byJurisdiction.computeIfAbsent(v.jurisdiction(), j -> new ArrayList<>())
                        .add(RiskProfileFile.read(v.document(), v.format(), vocabulary));
            } catch (RefusedRiskProfile e) {
                // checked when loaded; refused now only if a detector it weighs was taken out of service
                LOG.error("Risk profile {} version {} no longer applies: {}", v.jurisdiction(), v.version(), e.getMessage());
            }
        }
        catalog.replace(byJurisdiction);
        seen = latest;
    }
}
