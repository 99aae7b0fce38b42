package org.caravan.clearance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.clearance.internal.store.AllowanceTable;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.CaseFiling;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.Ids;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.filing.ManifestFiled;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Jurisdiction;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * Assesses every consignment of a filed manifest before arrival, in one transaction per
 * manifest: cases, officer tasks, audit entries and allowance usage are written in batches,
 * and one {@link ConsignmentsDecided} event carries the decisions.
 */
@Component
public class AssessManifest {

    private final FiledConsignments filed;
    private final AssessConsignment assess;
    private final Jurisdictions jurisdictions;
    private final HsNomenclature nomenclature;
    private final ClearanceCases cases;
    private final TaskTable tasks;
    private final CaseEventTable audit;
    private final AllowanceTable allowances;
    private final ApplicationEventPublisher events;

    AssessManifest(FiledConsignments filed, AssessConsignment assess, Jurisdictions jurisdictions, HsNomenclature nomenclature,
            ClearanceCases cases, TaskTable tasks, CaseEventTable audit, AllowanceTable allowances,
            ApplicationEventPublisher events) {
        this.filed = filed;
        this.assess = assess;
        this.jurisdictions = jurisdictions;
        this.nomenclature = nomenclature;
        this.cases = cases;
        this.tasks = tasks;
        this.audit = audit;
        this.allowances = allowances;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ManifestFiled filed) {
        assess(filed.manifestId());
    }

    /** Assesses the manifest unless it was assessed already (events may be redelivered). */
    @Transactional
    public int assess(UUID manifestId) {
        List<FiledConsignment> consignments = filed.ofManifest(manifestId);
        // a manifest is assessed in one transaction, so one assessed parcel means all were
        if (consignments.isEmpty() || cases.anyFor(consignments.get(0).trackingNumber())) {
            return 0;
        }
        Instant now = Instant.now();
        Map<CountryCode, List<FiledConsignment>> byJurisdiction = new LinkedHashMap<>();
        consignments.forEach(c -> byJurisdiction.computeIfAbsent(c.destination(), k -> new ArrayList<>()).add(c));
        List<ClearanceCase> newCases = new ArrayList<>(consignments.size());
        List<TaskTable.Task> newTasks = new ArrayList<>();
        List<CaseChange> entries = new ArrayList<>(consignments.size());
        List<ConsignmentsDecided.Decision> decisions = new ArrayList<>(consignments.size());
        byJurisdiction.forEach((code, batch) -> {
            Jurisdiction jurisdiction = jurisdictions.find(code).orElseThrow();
            LocalDate on = LocalDate.ofInstant(batch.get(0).filedAt(), jurisdiction.timeZone());
            Optional<Regime> regime = assess.regime(code, on);
            Allowances usage = regime.filter(r -> r.allowance().accumulates())
                    .map(r -> new Allowances(code, r, YearMonth.from(on).toString(), batch))
                    .orElse(null);
            for (FiledConsignment c : batch) {
                Optional<String> recipient = c.consignee().consumerId();
                Money usedBefore = usage == null || recipient.isEmpty() ? zero(regime)
                        : usage.used(recipient.get());
                Decision decision = assess.assess(c, code, on, regime, usedBefore);
                if (usage != null && recipient.isPresent()) {
                    decision.allowanceUsedAfter().ifPresent(after -> usage.spend(recipient.get(), after));
                }
                CaseFiling filing = new CaseFiling(c.id(), c.trackingNumber(), manifestId, c.courierPartyId(),
                        c.platformCode(), code, category(c), c.departureCountry() + "-" + code, c.filedAt());
                ClearanceCase.Opened opened = ClearanceCase.decide(Ids.next(), filing, decision, now);
                newCases.add(opened.clearanceCase());
                entries.add(opened.change());
                decision.queue().ifPresent(queue -> newTasks.add(TaskTable.Task.open(Ids.next(), opened.clearanceCase().id(),
                        c.trackingNumber(), code, queue, taskReasons(decision), now)));
                decisions.add(new ConsignmentsDecided.Decision(c.trackingNumber(), code.value(), decision.status(),
                        c.filedAt(), now));
            }
            if (usage != null) {
                usage.save();
            }
        });
        cases.addAll(newCases);
        tasks.insertAll(newTasks);
        audit.appendAll(entries);
        events.publishEvent(new ConsignmentsDecided(manifestId, decisions));
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
        return c.items().stream().max(Comparator.comparing(i -> i.value().amount()))
                .map(i -> nomenclature.category(i.hsCode())).orElse("other");
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

        Allowances(CountryCode jurisdiction, Regime regime, String period, List<FiledConsignment> batch) {
            this.jurisdiction = jurisdiction;
            this.regime = regime;
            this.period = period;
            List<String> recipients = batch.stream().flatMap(c -> c.consignee().consumerId().stream()).distinct().toList();
            this.recorded = allowances.lock(jurisdiction, regime.id(), period, recipients,
                    regime.allowance().value().currency());
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
