package org.caravan.interchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.filing.FiledConsignments;
import org.caravan.interchange.internal.edifact.CustomsResponseWriter;
import org.caravan.interchange.internal.edifact.CustomsResponseWriter.StatusReport;
import org.caravan.interchange.internal.store.InterchangeManifests;
import org.caravan.interchange.internal.store.OutboundMessages;
import org.caravan.interchange.internal.store.OutboundMessages.NewMessage;
import org.caravan.interchange.internal.store.WcoDeclarations;
import org.caravan.interchange.internal.wco.WcoResponseWriter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the courier's outbound messages from clearance events: a CUSRES and an IFTSTA for
 * every decision and status change of the consignments it filed through an interchange
 * (CUSCAR or WCO), and a WCO response notification where the consignment was declared in WCO
 * XML. A manifest filed as JSON costs one look-up per event and no messages. It listens after the decision commits
 * (through the event publication registry), so the assessment path does not wait for it,
 * and a redelivered event adds nothing (each message has its dedup key).
 */
@Component
class PartnerMessages {

    private final FiledConsignments consignments;
    private final InterchangeManifests manifests;
    private final OutboundMessages outbound;
    private final WcoDeclarations wco;

    PartnerMessages(FiledConsignments consignments, InterchangeManifests manifests, OutboundMessages outbound,
            WcoDeclarations wco) {
        this.consignments = consignments;
        this.manifests = manifests;
        this.outbound = outbound;
        this.wco = wco;
    }

    @ApplicationModuleListener
    void on(ConsignmentsDecided decided) {
        // one manifest, one courier: the interchange noted it when the manifest was filed, so a
        // chunk of a million-consignment manifest costs one look-up, not a read of the manifest
        manifests.find(decided.manifestId()).ifPresent(manifest -> {
            Map<String, WcoDeclarations.Declaration> declared = manifest.wco()
                    ? wco.of(decided.decisions().stream().map(ConsignmentsDecided.Decision::trackingNumber).toList())
                    : Map.of();
            List<NewMessage> messages = new ArrayList<>(decided.decisions().size() * 2);
            for (ConsignmentsDecided.Decision d : decided.decisions()) {
                report(messages, manifest.partyId(), new StatusReport(d.trackingNumber(), d.jurisdiction(),
                        StatusCodes.of(d.status()), d.status().explanation(), d.decidedAt(), d.amountDue(),
                        d.amountCurrency()), d.status(), declared.get(d.trackingNumber()));
            }
            outbound.appendAll(messages);
        });
    }

    @ApplicationModuleListener
    void on(ClearanceStatusChanged changed) {
        consignments.byTrackingNumber(changed.trackingNumber()).flatMap(c -> manifests.find(c.manifestId())).ifPresent(m -> {
            List<NewMessage> messages = new ArrayList<>(3);
            report(messages, m.partyId(), new StatusReport(changed.trackingNumber(), changed.jurisdiction(),
                    StatusCodes.of(changed.status()), changed.status().explanation(), changed.occurredAt(),
                    changed.amountDue(), changed.amountCurrency()),
                    changed.status(), m.wco() ? wco.of(List.of(changed.trackingNumber())).get(changed.trackingNumber()) : null);
            outbound.appendAll(messages);
        });
    }

    private static void report(List<NewMessage> messages, UUID courier, StatusReport report, ClearanceStatus status,
            WcoDeclarations.Declaration declared) {
        Instant now = Instant.now();
        String recipient = courier.toString().replace("-", "");
        String event = report.trackingNumber() + ":" + report.jurisdiction() + ":" + status + ":" + report.occurredAt();
        messages.add(new NewMessage(courier, "CUSRES", report.trackingNumber(), "CUSRES:" + event,
                EdifactMedia.EDIFACT, CustomsResponseWriter.cusres(report, recipient, ControlReferences.next(), now)));
        messages.add(new NewMessage(courier, "IFTSTA", report.trackingNumber(), "IFTSTA:" + event,
                EdifactMedia.EDIFACT, CustomsResponseWriter.iftsta(report, recipient, ControlReferences.next(), now)));
        if (declared != null) {
            messages.add(new NewMessage(courier, "WCO-RES", report.trackingNumber(), "WCO:" + event, EdifactMedia.WCO_XML,
                    WcoResponseWriter.forStatus(declared.functionalReference(), report, status, now)));
        }
    }
}
