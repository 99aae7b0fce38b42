package org.caravan.clearance.internal;

import java.util.List;
import java.util.UUID;

import org.caravan.clearance.ConsigneeDocuments;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCases;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.store.DocumentTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consignee's side of the document round trip, for the consumer's tracking page. */
@Service
class ConsigneeSupply implements ConsigneeDocuments {

    private final ClearanceCases cases;
    private final DocumentTable documents;
    private final SupplyDocument supply;

    ConsigneeSupply(ClearanceCases cases, DocumentTable documents, SupplyDocument supply) {
        this.cases = cases;
        this.documents = documents;
        this.supply = supply;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Requested> open(String trackingNumber) {
        return cases.ofTrackingNumber(trackingNumber).stream()
                .filter(c -> ClearanceCase.DOCUMENTS_REQUESTABLE.contains(c.status()))
                .flatMap(c -> documents.requestsOfCase(c.id()).stream())
                .filter(r -> r.state() == DocumentRequest.State.OPEN)
                .map(r -> new Requested(r.id(), r.jurisdiction().value(), r.kind().name(), r.reason(), r.requestedAt()))
                .toList();
    }

    @Override
    public UUID supplyPdf(String trackingNumber, UUID requestId, byte[] pdf) {
        return supply.supplyAsConsignee(trackingNumber, requestId, new SupplyDocument.Pdf(pdf)).id();
    }
}
