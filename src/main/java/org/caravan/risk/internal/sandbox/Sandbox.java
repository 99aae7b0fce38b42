package org.caravan.risk.internal.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.Conflict;
import org.caravan.common.Ids;
import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.common.audit.AuditTrail;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Jurisdictions;
import org.caravan.risk.CompiledRiskProfile;
import org.caravan.risk.InspectionLabels;
import org.caravan.risk.RefusedRiskProfile;
import org.caravan.risk.RegulatorySandbox;
import org.caravan.risk.SandboxMode;
import org.caravan.risk.SandboxReport;
import org.caravan.risk.SandboxRun;
import org.caravan.risk.StartSandboxRun;
import org.caravan.risk.internal.store.SandboxTable;
import org.caravan.risk.internal.store.Screened;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts, lists, stops and reports sandbox runs; replays filed consignments. */
@Service
class Sandbox implements RegulatorySandbox {

    static final String RUN_STOPPED = "sandbox-run-not-active";
    /** A year of a pilot jurisdiction's parcels replays in minutes; a longer span is split into several runs. */
    static final int MAX_REPLAY_DAYS = 366;
    private static final int BATCH = 1000;

    private final SandboxTable table;
    private final Candidates candidates;
    private final ShadowScreening shadow;
    private final FiledConsignments filed;
    private final InspectionLabels labels;
    private final Jurisdictions jurisdictions;
    private final SandboxSettings settings;
    private final TransactionTemplate ownTransaction;
    private final AuditTrail audit;

    Sandbox(SandboxTable table, Candidates candidates, ShadowScreening shadow, FiledConsignments filed,
            InspectionLabels labels, Jurisdictions jurisdictions, SandboxSettings settings,
            PlatformTransactionManager transactions, AuditTrail audit) {
        this.audit = audit;
        this.table = table;
        this.candidates = candidates;
        this.shadow = shadow;
        this.filed = filed;
        this.labels = labels;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public SandboxRun start(StartSandboxRun request, String startedBy) {
        Violations v = new Violations();
        if (request == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        Optional<Jurisdiction> jurisdiction = Optional.empty();
        if (v.required("/jurisdiction", request.jurisdiction())) {
            jurisdiction = Optional.of(request.jurisdiction()).filter(CountryCode::isValid).map(CountryCode::of)
                    .flatMap(jurisdictions::find);
            if (jurisdiction.isEmpty()) {
                v.add("/jurisdiction", "unknown-jurisdiction", "must be the code of a jurisdiction Caravan knows, such as KZ");
            }
        }
        SandboxMode mode = null;
        if (v.required("/mode", request.mode())) {
            try {
                mode = SandboxMode.valueOf(request.mode().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("/mode", "unknown-mode", "must be SHADOW or REPLAY");
            }
        }
        CompiledRiskProfile profile = null;
        if (v.required("/candidateProfile", request.candidateProfile())) {
            try {
                profile = candidates.profile(request.candidateProfile());
            } catch (RefusedRiskProfile e) {
                v.add("/candidateProfile", "invalid-profile", e.getMessage());
            }
        }
        if (request.modelVersion() != null && v.maxLength("/modelVersion", request.modelVersion(), 100)
                && !request.modelVersion().isBlank() && !candidates.knowsModel(request.modelVersion())) {
            v.add("/modelVersion", "unknown-model-version", "must be a version in the model store (GET /api/v1/risk/models)");
        }
        Optional<LocalDate> from = date(v, "/from", request.from());
        Optional<LocalDate> to = date(v, "/to", request.to());
        if (mode == SandboxMode.SHADOW) {
            if (request.from() != null) {
                v.add("/from", "not-for-shadow", "a shadow run screens live traffic from now on; only a replay has dates");
            }
            if (request.to() != null) {
                v.add("/to", "not-for-shadow", "a shadow run screens live traffic from now on; only a replay has dates");
            }
        } else if (mode == SandboxMode.REPLAY) {
            v.required("/from", request.from());
            v.required("/to", request.to());
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    v.add("/to", "before-from", "must not be before from");
                } else if (ChronoUnit.DAYS.between(from.get(), to.get()) >= MAX_REPLAY_DAYS) {
                    v.add("/to", "too-long", "a replay covers at most " + MAX_REPLAY_DAYS + " days");
                }
            }
        }
        if (v.required("/reason", request.reason())) {
            v.maxLength("/reason", request.reason(), 500);
        }
        v.throwIfAny();
        SandboxRun run = new SandboxRun(Ids.next(), jurisdiction.get().code(), mode, profile.basis(),
                Optional.ofNullable(request.modelVersion()).filter(m -> !m.isBlank()), from, to, request.reason().trim(),
                startedBy, Instant.now(), Optional.empty());
        table.add(run, request.candidateProfile());
        audit.record(startedBy, "sandbox.started", "sandbox-run", run.id(), run.jurisdiction().value(), "mode", mode.name(),
                "modelVersion", run.modelVersion().orElse(null), "from", from.map(Object::toString).orElse(null),
                "to", to.map(Object::toString).orElse(null), "reason", run.reason(),
                "profileSha256", new org.caravan.common.audit.AuditDigest().add(request.candidateProfile()).hex());
        if (mode == SandboxMode.REPLAY) {
            replay(run, request.candidateProfile());
            table.stop(run.id(), Instant.now());
        } else {
            shadow.reload();
        }
        return table.byId(run.id()).orElseThrow().run();
    }

    private static Optional<LocalDate> date(Violations v, String pointer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            v.add(pointer, "not-a-date", "must be a date as YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /**
     * Screens each consignment filed for the jurisdiction on the run's dates (in its time
     * zone) with production and the candidate, written a thousand rows at a time in
     * transactions of their own while the store is read page by page.
     */
    private void replay(SandboxRun run, String document) {
        Candidate production = candidates.production(run);
        Candidate candidate = candidates.candidate(run, document);
        LocalDate from = run.from().orElseThrow();
        LocalDate to = run.to().orElseThrow();
        List<Screened> rows = new ArrayList<>();
        Instant now = Instant.now();
        ZoneId zone = jurisdictions.zoneOf(run.jurisdiction());
        filed.forEachFiledSince(from.atStartOfDay(zone).toInstant(), c -> {
            LocalDate filedOn = LocalDate.ofInstant(c.filedAt(), zone);
            if (!c.destination().equals(run.jurisdiction()) || filedOn.isBefore(from) || filedOn.isAfter(to)) {
                return;
            }
            // permits are the clearance registry's: neither side knows them in a replay
            rows.add(Screened.of(run.id(), c.trackingNumber(), c.manifestId(), Screened.Side.PRODUCTION,
                    production.screen(c, item -> false), now));
            rows.add(Screened.of(run.id(), c.trackingNumber(), c.manifestId(), Screened.Side.CANDIDATE,
                    candidate.screen(c, item -> false), now));
            if (rows.size() >= BATCH) {
                write(rows);
            }
        });
        write(rows);
    }

    private void write(List<Screened> rows) {
        List<Screened> batch = List.copyOf(rows);
        rows.clear();
        ownTransaction.executeWithoutResult(status -> table.addAll(batch));
    }

    @Override
    public List<SandboxRun> runs() {
        return table.all().stream().map(SandboxTable.StoredRun::run).toList();
    }

    @Override
    public SandboxReport report(UUID runId) {
        SandboxTable.StoredRun stored = table.byId(runId).orElseThrow(() -> new NotFound("No sandbox run " + runId));
        SandboxRun run = stored.run();
        Instant since = run.from().map(d -> d.atStartOfDay(jurisdictions.zoneOf(run.jurisdiction())).toInstant())
                .orElse(run.startedAt());
        Comparison comparison = new Comparison(labels.concluded(run.jurisdiction(), since, Instant.now().plusSeconds(1)),
                settings.minutesPerInspection(), settings.minutesPerDocumentaryCheck());
        List<Screened> screened = table.screenedBy(runId);
        boolean modelScored = run.modelVersion().map(candidates::knowsModel).orElse(false);
        return new SandboxReport(run,
                comparison.side(screened.stream().filter(s -> s.side() == Screened.Side.PRODUCTION).toList()),
                comparison.side(screened.stream().filter(s -> s.side() == Screened.Side.CANDIDATE).toList()), modelScored,
                settings.minutesPerInspection(), settings.minutesPerDocumentaryCheck());
    }

    @Override
    public SandboxRun stop(UUID runId, String stoppedBy) {
        SandboxRun run = table.byId(runId).orElseThrow(() -> new NotFound("No sandbox run " + runId)).run();
        if (!run.active()) {
            throw new Conflict(RUN_STOPPED, "Sandbox run " + runId + " is not running: a replay stops by itself, "
                    + "a shadow run once");
        }
        table.stop(runId, Instant.now());
        audit.record(stoppedBy, "sandbox.stopped", "sandbox-run", runId, run.jurisdiction().value());
        shadow.reload();
        return table.byId(runId).orElseThrow().run();
    }
}
