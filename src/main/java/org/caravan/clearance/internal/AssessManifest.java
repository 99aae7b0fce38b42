package org.caravan.clearance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.clearance.internal.model.CaseFiling;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.clearance.internal.store.AllowanceTable;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.FlowMetrics;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.HotPathStages;
import org.caravan.common.Ids;
import org.caravan.common.audit.AuditDigest;
import org.caravan.common.audit.AuditTrail;
import org.caravan.filing.ConsignmentsFiled;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.Recipients;
import org.caravan.party.Parties;
import org.caravan.reference.Channel;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Timer;

/**
 * Assesses each chunk of a manifest as it is filed, in the filing's own transaction: the
 * consignments arrive in memory, and per parcel one case row is written (its first audit
 * entry and its consumer timeline entries are read from that row, not written again), an
 * officer task only for a held parcel, and the periodic allowances of the chunk's
 * recipients in one batch. One {@link ConsignmentsDecided} per chunk carries the decisions.
 */
@Component
public class AssessManifest {

    private final AssessConsignment assess;
    private final Jurisdictions jurisdictions;
    private final HsNomenclature nomenclature;
    private final ClearanceCases cases;
    private final TaskTable tasks;
    private final AllowanceTable allowances;
    private final ApplicationEventPublisher events;
    private final HotPathStages stages;
    private final PermitChecks permitChecks;
    private final Parties parties;
    private final QuotedParcels quotedParcels;
    private final ProfileDocumentRequests documentRequests;
    private final AuditTrail audit;
    private final boolean viaKafka;
    /**
     * The jurisdictions this installation decides for; all it knows when empty. A corridor node
     * decides for its own administration only and shares the rest along the route.
     */
    private final java.util.Set<CountryCode> decides;
    private final FlowMetrics metrics;

    AssessManifest(AssessConsignment assess, Jurisdictions jurisdictions, HsNomenclature nomenclature,
            ClearanceCases cases, TaskTable tasks, AllowanceTable allowances, ApplicationEventPublisher events,
            HotPathStages stages, PermitChecks permitChecks, Parties parties, QuotedParcels quotedParcels,
            ProfileDocumentRequests documentRequests, AuditTrail audit, FlowMetrics metrics,
            @org.springframework.beans.factory.annotation.Value("${caravan.kafka.enabled:false}") boolean viaKafka,
            @org.springframework.beans.factory.annotation.Value("${caravan.clearance.jurisdictions:}") java.util.Set<String> decides) {
        this.metrics = metrics;
        this.viaKafka = viaKafka;
        this.decides = decides.stream().filter(c -> !c.isBlank()).map(CountryCode::of).collect(java.util.stream.Collectors.toSet());
        this.audit = audit;
        this.documentRequests = documentRequests;
        this.quotedParcels = quotedParcels;
        this.parties = parties;
        this.permitChecks = permitChecks;
        this.assess = assess;
        this.jurisdictions = jurisdictions;
        this.nomenclature = nomenclature;
        this.cases = cases;
        this.tasks = tasks;
        this.allowances = allowances;
        this.events = events;
        this.stages = stages;
    }

    /**
     * Runs inside the filing's transaction: a decision is durable exactly when its filing is.
     * On Kafka the filings are shared out to the installation's instances instead
     * ({@link org.caravan.clearance.internal.scaleout.AssessFiledConsignments}).
     */
    @EventListener
    void on(ConsignmentsFiled filed) {
        if (!viaKafka) {
            assess(filed.manifestId(), filed.consignments());
        }
    }

    public int assess(UUID manifestId, List<FiledConsignment> consignments) {
        Instant now = Instant.now();
        Map<CountryCode, List<FiledConsignment>> byJurisdiction = new LinkedHashMap<>();
        consignments.stream().filter(c -> decides.isEmpty() || decides.contains(c.destination()))
                .forEach(c -> byJurisdiction.computeIfAbsent(c.destination(), k -> new ArrayList<>()).add(c));
        Channel channel = consignments.isEmpty() ? Channel.COURIER : parties.channelOf(consignments.get(0).courierPartyId());
        List<ClearanceCase> newCases = new ArrayList<>(consignments.size());
        List<ProfileDocumentRequests.Held> held = new ArrayList<>();
        List<TaskTable.Task> newTasks = new ArrayList<>();
        List<ConsignmentsDecided.Decision> decisions = new ArrayList<>(consignments.size());
        long assessNanos = 0;
        long decideNanos = 0;
        long writeNanos = 0;
        // permits before allowances, in every chunk, so concurrent filings take their locks in one order
        PermitChecks.Chunk permits = permitChecks.forChunk(consignments);
        QuotedParcels.Chunk quoted = quotedParcels.forChunk();
        for (Map.Entry<CountryCode, List<FiledConsignment>> group : byJurisdiction.entrySet()) {
            CountryCode code = group.getKey();
            List<FiledConsignment> batch = group.getValue();
            Jurisdiction jurisdiction = jurisdictions.find(code).orElseThrow();
            LocalDate on = LocalDate.ofInstant(batch.get(0).filedAt(), jurisdiction.timeZone());
            Optional<Regime> regime = assess.regime(code, channel, on);
            long t = System.nanoTime();
            Allowances usage = regime.filter(r -> r.allowance().accumulates())
                    .map(r -> new Allowances(code, r, r.allowance().perRecipient() ? YearMonth.from(on).toString()
                            : manifestId.toString(), batch))
                    .orElse(null);
            long t1 = System.nanoTime();
            writeNanos += t1 - t;
            AuditDigest decided = new AuditDigest();
            Map<String, Integer> statuses = new java.util.TreeMap<>();
            Timer latency = metrics.decisionLatency(code.value());
            long nowMillis = now.toEpochMilli();
            for (FiledConsignment c : batch) {
                long a = System.nanoTime();
                Optional<String> recipient = usage == null ? Optional.empty() : usage.keyOf(c);
                Money usedBefore = usage == null || recipient.isEmpty() ? zero(regime)
                        : usage.used(recipient.get());
                QuotedParcels.Plan plan = quoted.plan(c, code, on, regime);
                Decision decision = plan.compared(assess.assess(c, code, plan.on(), regime, usedBefore,
                        permits.check(c, code, on)));
                long d = System.nanoTime();
                assessNanos += d - a;
                if (usage != null && recipient.isPresent()) {
                    decision.allowanceUsedAfter().ifPresent(after -> usage.spend(recipient.get(), after));
                }
                CaseFiling filing = new CaseFiling(c.id(), c.trackingNumber(), manifestId, c.courierPartyId(),
                        c.platformCode(), code, category(c), c.departureCountry() + "-" + code, c.filedAt(),
                        ProductCategory.section(c));
                ClearanceCase.Opened opened = ClearanceCase.decide(Ids.next(), filing, decision, now);
                newCases.add(opened.clearanceCase());
                if (ProfileDocumentRequests.asks(opened.clearanceCase(), decision.risk())) {
                    held.add(new ProfileDocumentRequests.Held(opened.clearanceCase(), decision.risk()));
                }
                decision.queue().ifPresent(queue -> newTasks.add(TaskTable.Task.open(Ids.next(), opened.clearanceCase().id(),
                        c.trackingNumber(), code, queue, taskReasons(decision), now)));
                Optional<Money> due = opened.clearanceCase().amountDue().map(Money::rounded);
                decisions.add(new ConsignmentsDecided.Decision(c.trackingNumber(), code.value(), decision.status(),
                        c.filedAt(), now, due.map(Money::amount).orElse(null),
                        due.map(m -> m.currency().getCurrencyCode()).orElse(null), filing.laneKey(), filing.hsSection(),
                        opened.clearanceCase().selection().name()));
                decided.add(c.trackingNumber(), decision.status().name(), decision.risk().lane().name());
                statuses.merge(decision.status().name(), 1, Integer::sum);
                FlowMetrics.record(latency, c.filedAt().toEpochMilli(), nowMillis);
                decideNanos += System.nanoTime() - d;
            }
            // one entry per chunk and jurisdiction: the counts, and a digest of each parcel's status and lane
            audit.record("caravan", "consignments.decided", "manifest", manifestId, code.value(),
                    "regime", regime.map(Regime::id).orElse(null), "statuses", statuses, "decisions", decided.summary());
            statuses.forEach((status, count) -> metrics.decided(code.value(), status, count));
            if (usage != null) {
                long w = System.nanoTime();
                usage.save();
                writeNanos += System.nanoTime() - w;
            }
        }
        long w = System.nanoTime();
        permits.save();
        cases.addAll(newCases);
        tasks.insertAll(newTasks);
        if (!held.isEmpty()) {
            documentRequests.openAll(held, now);
        }
        events.publishEvent(new ConsignmentsDecided(manifestId, decisions));
        stages.add(Stage.WRITE_DECISIONS, System.nanoTime() - w + writeNanos, consignments.size());
        stages.add(Stage.ASSESS, assessNanos, consignments.size());
        stages.add(Stage.DECIDE, decideNanos, consignments.size());
        return newCases.size();
    }

    private static List<String> taskReasons(Decision decision) {
        List<String> reasons = new ArrayList<>();
        decision.risk().reasons().forEach(r -> reasons.add(r.rule() + ": " + r.detail()));
        decision.assessment().holds().forEach(h -> reasons.add(h.explanation()));
        return reasons;
    }

    /** The product category of the most valuable item, for monitoring per category. */
    private String category(FiledConsignment c) {
        return ProductCategory.of(c, nomenclature);
    }

    private static Money zero(Optional<Regime> regime) {
        return Money.zero(regime.map(r -> r.allowance().value().currency()).orElse(org.caravan.reference.Currencies.EUR));
    }

    /** The locked allowance usage of the batch's recipients, updated as parcels are assessed in order. */
    private final class Allowances {

        private final CountryCode jurisdiction;
        private final Regime regime;
        private final String period;
        private final Map<String, Money> recorded;
        private final Map<String, Money> running = new HashMap<>();
        /** Each parcel's key, worked out once: a key from a name is a normalisation and a hash. */
        private final Map<UUID, String> keys = new HashMap<>();

        Allowances(CountryCode jurisdiction, Regime regime, String period, List<FiledConsignment> batch) {
            this.jurisdiction = jurisdiction;
            this.regime = regime;
            this.period = period;
            for (FiledConsignment c : batch) {
                (regime.allowance().perRecipient() ? Recipients.key(c) : Optional.of(Recipients.seller(c)))
                        .ifPresent(key -> keys.put(c.id(), key));
            }
            // sorted, so two manifests lock their shared recipients in the same order and cannot deadlock
            List<String> recipients = keys.values().stream().distinct().sorted().toList();
            this.recorded = allowances.lock(jurisdiction, regime.id(), period, recipients,
                    regime.allowance().value().currency());
        }

        /** The recipient's key for a quota, the seller's for a conveyance. */
        Optional<String> keyOf(FiledConsignment c) {
            return Optional.ofNullable(keys.get(c.id()));
        }

        Money used(String recipient) {
            return running.getOrDefault(recipient,
                    recorded.getOrDefault(recipient, Money.zero(regime.allowance().value().currency())));
        }

        void spend(String recipient, Money usedAfter) {
            running.put(recipient, usedAfter);
        }

        void save() {
            allowances.saveAll(jurisdiction, regime.id(), period, running);
        }
    }
}
