package org.caravan.risk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.common.audit.AuditTrail;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.learning.Boosting;
import org.caravan.risk.internal.learning.ParcelModel;
import org.caravan.risk.internal.learning.ParcelModels;
import org.caravan.risk.internal.learning.ParcelTraining;
import org.caravan.risk.internal.store.ModelVersionTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The versions of each jurisdiction's parcel model: trained from inspection results as
 * candidates, promoted explicitly to production with who, when and why on record.
 */
@Service
public class RiskModels {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC);
    private static final int MAX_TEXT = 500;

    private final ModelVersionTable table;
    private final ParcelModels models;
    private final ObjectProvider<InspectionLabels> labels;
    private final FiledConsignments consignments;
    private final AuditTrail audit;

    RiskModels(ModelVersionTable table, ParcelModels models, ObjectProvider<InspectionLabels> labels,
            FiledConsignments consignments, AuditTrail audit) {
        this.audit = audit;
        this.table = table;
        this.models = models;
        this.labels = labels;
        this.consignments = consignments;
    }

    /** Every version, newest first. */
    public List<ModelVersion> versions() {
        return table.all();
    }

    /**
     * Trains a parcel model from the jurisdiction's inspection results concluded since a date
     * and stores it as a CANDIDATE, measured on the most recent fifth of the labels.
     */
    public ModelVersion trainFromInspections(CountryCode jurisdiction, Instant since, String by, String reason) {
        requireText(by, reason);
        InspectionLabels source = labels.getIfAvailable();
        if (source == null) {
            throw new IllegalStateException("No inspection results are recorded in this deployment");
        }
        Instant now = Instant.now();
        List<InspectionLabel> found = source.concluded(jurisdiction, since, now);
        List<FiledConsignment> filed = new ArrayList<>();
        for (InspectionLabel label : found) {
            consignments.byTrackingNumber(label.trackingNumber()).ifPresent(filed::add);
        }
        ParcelTraining.Trained trained = ParcelTraining.train(filed, found, models.rates(), Boosting.PARCELS);
        String description = String.format("%d inspection results of %s concluded %s to %s (%d held out); %s",
                trained.metrics().labelled(), jurisdiction.value(), since, now, trained.metrics().heldOut(), reason);
        ModelVersion version = new ModelVersion(jurisdiction.value() + "-" + STAMP.format(now), jurisdiction,
                ParcelModel.KIND, now, by, description, trained.metrics(), ModelVersion.Status.CANDIDATE,
                Optional.empty(), Optional.empty(), Optional.empty());
        table.insert(version, trained.document().toJson());
        audit.record(by, "risk-model.trained", "risk-model", version.version(), jurisdiction.value(),
                "labelled", trained.metrics().labelled(), "reason", reason);
        return version;
    }

    /**
     * Makes a version its jurisdiction's PRODUCTION model; the one it replaces is RETIRED. This
     * instance scores with it at once, the others within their next poll.
     */
    public ModelVersion promote(String version, String by, String reason) {
        requireText(by, reason);
        ModelVersion found = table.find(version).orElseThrow(() -> new NotFound("No risk model version " + version));
        if (found.status() == ModelVersion.Status.PRODUCTION) {
            throw new Conflict("already-in-production", "Model version " + version + " is already in production");
        }
        table.promote(found, Instant.now(), by, reason);
        audit.record(by, "risk-model.promoted", "risk-model", version, found.jurisdiction().value(), "reason", reason);
        models.refresh();
        return table.find(version).orElseThrow();
    }

    private static void requireText(String by, String reason) {
        Violations v = new Violations();
        if (v.required("/by", by)) {
            v.maxLength("/by", by, 100);
        }
        if (v.required("/reason", reason)) {
            v.maxLength("/reason", reason, MAX_TEXT);
        }
        v.throwIfAny();
    }
}
