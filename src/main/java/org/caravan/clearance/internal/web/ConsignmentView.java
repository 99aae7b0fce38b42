package org.caravan.clearance.internal.web;

import java.util.List;
import java.util.Optional;

import org.caravan.clearance.internal.CaseDocuments;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.store.CaseEventTable;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.NotFound;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.FiledConsignments;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consignment as its customs administration sees it (risk lane and reasons, tasks, who
 * did what) or as the filing courier and platform see it (status and assessment only).
 * Anyone else is told it does not exist.
 */
@Component
class ConsignmentView {

    private final FiledConsignments filed;
    private final ClearanceCases cases;
    private final CaseEventTable audit;
    private final TaskTable tasks;
    private final CaseDocuments documents;

    ConsignmentView(FiledConsignments filed, ClearanceCases cases, CaseEventTable audit, TaskTable tasks,
            CaseDocuments documents) {
        this.documents = documents;
        this.filed = filed;
        this.cases = cases;
        this.audit = audit;
        this.tasks = tasks;
    }

    /** The consignment as filed, whether the caller sees it as its customs, and what it is shown. */
    record Seen(FiledConsignment consignment, boolean customs, ConsignmentResponse response) {
    }

    @Transactional(readOnly = true)
    ConsignmentResponse show(Caller caller, String trackingNumber) {
        return seen(caller, trackingNumber).response();
    }

    /** The one reading of a consignment the API and the officer's workbench share. */
    @Transactional(readOnly = true)
    Seen seen(Caller caller, String trackingNumber) {
        FiledConsignment c = filed.byTrackingNumber(trackingNumber)
                .orElseThrow(() -> new NotFound("No consignment " + trackingNumber));
        boolean customs = caller.administers(c.destination());
        boolean trader = (caller.declares() && c.courierPartyId().equals(caller.partyId()))
                || (caller.is(Role.PLATFORM) && c.platformCode().equals(Optional.of(caller.clientId())));
        if (!customs && !trader) {
            throw new NotFound("No consignment " + trackingNumber);
        }
        List<ClearanceCase> found = cases.ofTrackingNumber(trackingNumber);
        return new Seen(c, customs, new ConsignmentResponse(trackingNumber, found.isEmpty() ? "AWAITING_ASSESSMENT" : found.get(0).status().name(),
                found.stream().map(s -> s.jurisdiction().value()).toList(), declared(c, customs, filed.signatureOf(c.manifestId())
                        .map(s -> new ConsignmentResponse.FilingSignature(s.kid(), s.alg(), s.verifiedAt(),
                                customs ? Optional.of(s.jws()) : Optional.empty()))),
                found.stream().map(s -> rendered(s, customs)).toList()));
    }

    private static ConsignmentResponse.Declared declared(FiledConsignment c, boolean customs,
            Optional<ConsignmentResponse.FilingSignature> signature) {
        return new ConsignmentResponse.Declared(c.manifestId(), c.platformCode(), c.platformOrderRef(),
                c.destination().value(), c.grossMassKg(), c.declaredValue(),
                c.items().stream().map(i -> new ConsignmentResponse.Item(i.description(), i.hsCode().value(), i.quantity(),
                        i.value(), i.originCountry().value(), i.permitRef())).toList(),
                new ConsignmentResponse.Consignee(c.consignee().name(), c.consignee().country().value()),
                // Officers see what the order says; traders only that the line disagrees with it.
                c.matchSignals().stream().map(s -> new ConsignmentResponse.MatchSignalResponse(s.kind().name(),
                        customs ? s.detail() : s.neutralDetail())).toList(),
                c.filedAt(), signature);
    }

    private ConsignmentResponse.Case rendered(ClearanceCase s, boolean customs) {
        List<ConsignmentResponse.HistoryEntry> history = audit.of(s.id()).stream()
                .map(e -> new ConsignmentResponse.HistoryEntry(e.occurredAt(), e.action(), e.status(),
                        customs ? Optional.of(e.actor()) : Optional.empty(),
                        customs ? Optional.ofNullable(e.detail()) : Optional.empty()))
                .toList();
        return new ConsignmentResponse.Case(s.jurisdiction().value(), s.status(), s.status().explanation(), s.amountDue(),
                s.assessment(), s.decidedAt(), s.arrivedAt(), s.closedAt(),
                customs ? Optional.of(s.lane()) : Optional.empty(),
                customs ? Optional.of(new ConsignmentResponse.Risk(s.riskScore(), s.riskReasons(), s.selection())) : Optional.empty(),
                customs ? Optional.of(tasks.ofCase(s.id()).stream().map(TaskResponse::of).toList()) : Optional.empty(),
                documents.of(s.id()).stream().map(DocumentResponses.DocumentRequestResponse::of).toList(), history);
    }
}
