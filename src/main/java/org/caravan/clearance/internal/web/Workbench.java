package org.caravan.clearance.internal.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.OfficerWorkbench;
import org.caravan.clearance.internal.RecordTaskResult;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.ChargeLine;
import org.caravan.clearance.internal.model.Hold;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.clearance.internal.model.TaskState;
import org.caravan.clearance.internal.store.WorkQueueTable;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.caravan.risk.RiskReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's workbench over the same reading of a consignment as the API
 * ({@link ConsignmentView}) and the same use case for results ({@link RecordTaskResult}), so
 * the console neither sees more than the API nor records anything the audit trail misses.
 */
@Service
class Workbench implements OfficerWorkbench {

    static final int PAGE_SIZE = 50;

    private final WorkQueueTable queues;
    private final ConsignmentView view;
    private final RecordTaskResult recordResult;
    private final Parties parties;

    Workbench(WorkQueueTable queues, ConsignmentView view, RecordTaskResult recordResult, Parties parties) {
        this.queues = queues;
        this.view = view;
        this.recordResult = recordResult;
        this.parties = parties;
    }

    @Override
    @Transactional(readOnly = true)
    public QueuePage queue(Caller officer, CountryCode administration, WorkQueue queue, Filter filter, int page) {
        Roles.require(officer, Role.OFFICER, Role.ADMIN);
        if (!officer.administers(administration)) {
            throw new NotFound("No work queues of " + administration + " for this officer");
        }
        Map<WorkQueue, Long> waiting = new EnumMap<>(WorkQueue.class);
        for (WorkQueue q : WorkQueue.values()) {
            waiting.put(q, queues.count(administration, q, Filter.none()));
        }
        int from = Math.max(page, 0);
        return new QueuePage(queue, administration, filter, queues.page(administration, queue, filter, from * PAGE_SIZE,
                PAGE_SIZE), from, PAGE_SIZE, queues.count(administration, queue, filter), waiting);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFile caseFile(Caller officer, String trackingNumber) {
        Roles.require(officer, Role.OFFICER, Role.ADMIN);
        ConsignmentView.Seen seen = view.seen(officer, trackingNumber);
        if (!seen.customs()) {
            throw new NotFound("No consignment " + trackingNumber);
        }
        ConsignmentResponse r = seen.response();
        ConsignmentResponse.Declared d = r.consignment();
        String courier = parties.byId(seen.consignment().courierPartyId()).map(p -> p.party().name())
                .orElse(seen.consignment().courierPartyId().toString());
        Declared declared = new Declared(d.manifestId(), courier, d.platformId(), d.platformOrderRef(), d.destination(),
                d.grossMassKg(), d.declaredValue(),
                d.items().stream().map(i -> new Item(i.description(), i.hsCode(), i.quantity(), i.value(), i.originCountry(),
                        i.permitRef())).toList(),
                d.consignee().name(), d.consignee().country(),
                d.matchSignals().stream().map(s -> new Signal(s.kind(), s.detail())).toList(), d.filedAt());
        return new CaseFile(r.trackingNumber(), r.status(), declared,
                d.filingSignature().map(s -> new Signature(s.kid(), s.alg(), s.verifiedAt(), s.jws())),
                r.cases().stream().map(Workbench::caseOf).toList());
    }

    @Override
    public ClearanceStatus recordResult(Caller officer, UUID taskId, Result result) {
        Roles.require(officer, Role.OFFICER, Role.ADMIN);
        return recordResult.record(officer, taskId, new RecordTaskResult.Result(TaskOutcome.valueOf(result.outcome().name()),
                result.reassessedValue(), result.assessedCharge(), result.note())).status();
    }

    /** A case as customs see it: the view fills lane, risk and tasks for customs, and the caller is customs here. */
    private static Case caseOf(ConsignmentResponse.Case c) {
        ConsignmentResponse.Risk risk = c.risk().orElseThrow();
        Assessment a = c.assessment();
        return new Case(c.jurisdiction(), c.status(), c.explanation(), c.amountDue(), c.lane().orElseThrow(), risk.score(),
                risk.selection(), risk.reasons().stream().map(Workbench::reason).toList(),
                a.regime().map(g -> g.name()), a.customsValue(), a.charges().stream().map(Workbench::charge).toList(),
                a.holds().stream().map(Hold::explanation).toList(),
                c.tasks().orElse(List.of()).stream().map(Workbench::task).toList(),
                c.documentRequests().stream().map(Workbench::request).toList(),
                c.history().stream().map(e -> new Event(e.at(), e.action().name(), e.status(), e.actor(), e.detail()))
                        .toList());
    }

    private static Reason reason(RiskReason r) {
        return new Reason(r.rule(), r.detail(), r.score(), r.atLeast());
    }

    private static Charge charge(ChargeLine l) {
        return new Charge(l.name().orElse(l.type().name()), l.base(), l.ratePercent(), l.amount(), l.due(), l.legalBasis(),
                l.explanation());
    }

    private static Task task(TaskResponse t) {
        return new Task(t.taskId(), t.queue().name(), t.state() == TaskState.OPEN, t.reasons(), t.createdAt(),
                t.queue().results().stream().map(Workbench::outcome).toList(), t.outcome().map(Workbench::outcome),
                t.completedBy(), t.completedAt());
    }

    private static Outcome outcome(TaskOutcome o) {
        return Outcome.valueOf(o.name());
    }

    private static DocumentRequest request(DocumentResponses.DocumentRequestResponse r) {
        return new DocumentRequest(r.kind().name(), r.reason(), r.state().name(), r.requestedAt(),
                r.documents().stream().map(d -> new Document(d.documentId(), d.format().name(), d.state().name(),
                        d.suppliedAt(), d.reviewReason())).toList());
    }
}
