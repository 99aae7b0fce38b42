package org.caravan.clearance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.Queue;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.clearance.internal.model.TaskState;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.DocumentTable;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.Violation;
import org.caravan.clearance.ClearanceStatus;
import org.caravan.party.Caller;
import org.caravan.reference.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer accepts or rejects a supplied document. A rejection leaves its request open
 * for another supply. An acceptance satisfies the request; once no request of a case held
 * for documents is open, its documentary check ends as {@link TaskOutcome#DOCUMENTS_ACCEPTED}
 * through {@link RecordTaskResult}, and the case is released or payment required. A case
 * selected for inspection keeps its inspection.
 */
@Service
public class ReviewDocument {

    private final ClearanceCases cases;
    private final DocumentTable documents;
    private final CaseEventTable audit;
    private final TaskTable tasks;
    private final RecordTaskResult taskResult;

    ReviewDocument(ClearanceCases cases, DocumentTable documents, CaseEventTable audit, TaskTable tasks,
            RecordTaskResult taskResult) {
        this.cases = cases;
        this.documents = documents;
        this.audit = audit;
        this.tasks = tasks;
        this.taskResult = taskResult;
    }

    /** The reviewed document and where its case stands after the review. */
    public record Reviewed(SuppliedDocument document, ClearanceCase clearanceCase) {
    }

    @Transactional
    public Reviewed review(Caller officer, UUID documentId, SuppliedDocument.Decision decision, Optional<String> reason,
            Optional<Money> assessedCharge) {
        SuppliedDocument document = documents.lockDocument(documentId)
                .orElseThrow(() -> new NotFound("No document " + documentId + " in your administration"));
        DocumentRequest request = documents.lockRequest(document.requestId()).orElseThrow();
        if (!officer.administers(request.jurisdiction())) {
            throw new NotFound("No document " + documentId + " in your administration");
        }
        if (decision == SuppliedDocument.Decision.REJECTED && reason.filter(r -> !r.isBlank()).isEmpty()) {
            throw new InvalidInput(new Violation("/reason", "required", "a rejection says why, so the supplier knows what to send"));
        }
        // the documentary check before the case, in the order a task result takes them, so the two cannot deadlock
        Optional<TaskTable.Task> check = tasks.ofCase(document.caseId()).stream()
                .filter(t -> t.queue() == Queue.DOCUMENTS && t.state() == TaskState.OPEN).findFirst()
                .flatMap(t -> tasks.byId(t.id()));
        ClearanceCase c = cases.lock(document.caseId()).orElseThrow();
        Instant now = Instant.now();
        SuppliedDocument reviewed = document.reviewed(decision, reason, officer.clientId(), now);
        documents.review(reviewed);
        audit.appendAll(List.of(c.recordDocument(decision == SuppliedDocument.Decision.ACCEPTED
                ? CaseAction.DOCUMENT_ACCEPTED : CaseAction.DOCUMENT_REJECTED, officer.clientId(),
                request.kind() + " document " + documentId + reason.map(r -> ": " + r).orElse(""), now)));
        if (decision == SuppliedDocument.Decision.REJECTED) {
            return new Reviewed(reviewed, c);
        }
        if (request.state() == DocumentRequest.State.OPEN) {
            documents.satisfy(request.satisfied(now));
        }
        boolean allSatisfied = documents.requestsOfCase(c.id()).stream()
                .allMatch(r -> r.state() == DocumentRequest.State.SATISFIED);
        if (!allSatisfied || c.status() != ClearanceStatus.HELD_FOR_DOCUMENTS) {
            return new Reviewed(reviewed, c);
        }
        if (check.isEmpty() || check.get().state() != TaskState.OPEN) {
            return new Reviewed(reviewed, c);
        }
        ClearanceCase settled = taskResult.record(officer, check.get().id(), new RecordTaskResult.Result(
                TaskOutcome.DOCUMENTS_ACCEPTED, Optional.empty(), assessedCharge,
                "documents accepted: " + request.kind().name().toLowerCase()));
        return new Reviewed(reviewed, settled);
    }
}
