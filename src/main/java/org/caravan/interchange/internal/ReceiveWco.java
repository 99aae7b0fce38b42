package org.caravan.interchange.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.caravan.common.Violation;
import org.caravan.filing.ManifestFiling;
import org.caravan.interchange.internal.store.OutboundMessages;
import org.caravan.interchange.internal.store.WcoDeclarations;
import org.caravan.interchange.internal.wco.WcoDeclaration;
import org.caravan.interchange.internal.wco.WcoResponseWriter;
import org.caravan.interchange.internal.wco.WcoSchemas;
import org.caravan.interchange.internal.wco.XmlFault;
import org.caravan.party.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A WCO DM declaration becomes a manifest filing of one consignment: schema-checked (when
 * the DMS schemas are installed), mapped, validated by filing, then filed under the
 * declaration's LRN as idempotency key. Every refusal names the XPath of the element, and is
 * also said as a WCO response notification (function code 03).
 */
@Service
public class ReceiveWco {

    private final ManifestFiling filing;
    private final WcoDeclarations declarations;
    private final OutboundMessages outbound;
    private final WcoSchemas schemas;

    ReceiveWco(ManifestFiling filing, WcoDeclarations declarations, OutboundMessages outbound,
            @Value("${caravan.interchange.wco-schemas:../shared/data/samples/wco-dm/schemas}") String schemas) {
        this.filing = filing;
        this.declarations = declarations;
        this.outbound = outbound;
        this.schemas = WcoSchemas.from(Path.of(schemas));
    }

    public String receive(Caller caller, byte[] xml) {
        WcoDeclaration read = WcoDeclaration.read(xml);
        List<XmlFault> faults = new ArrayList<>(read.faults());
        if (faults.isEmpty()) {
            faults.addAll(schemas.checkDeclaration(xml));
        }
        if (!faults.isEmpty()) {
            throw rejected(true, read.functionalReference(), faults, List.of());
        }
        List<Violation> violations = filing.violations(read.manifest());
        if (!violations.isEmpty()) {
            List<XmlFault> located = violations.stream()
                    .map(v -> new XmlFault(read.xpathOf(v.pointer()), v.code(), v.message())).toList();
            throw rejected(false, read.functionalReference(), located, violations);
        }
        String tracking = read.manifest().consignments().get(0).trackingNumber();
        String accepted = WcoResponseWriter.accepted(read.functionalReference(), tracking, Instant.now());
        var acceptance = List.of(new OutboundMessages.NewMessage(caller.partyId(), "WCO-RES", tracking,
                "WCO:ACCEPTED:" + read.functionalReference(), EdifactMedia.WCO_XML, accepted));
        // the declaration and its acceptance are noted with the manifest, so the partner reads the
        // acceptance before the decision and the first decision is answered in WCO too; a replay
        // files nothing, and appending the same acceptance again after it adds nothing
        FilingChannel.through("WCO", filed -> {
            declarations.record(new WcoDeclarations.Declaration(tracking, caller.partyId(), read.functionalReference()));
            outbound.appendAll(acceptance);
        }, () -> filing.file(caller, "WCO:" + read.functionalReference(), read.manifest()));
        outbound.appendAll(acceptance);
        return accepted;
    }

    /** Whether declarations are also checked against the DMS schemas here. */
    public boolean schemaChecked() {
        return schemas.declarationsChecked();
    }

    private static InterchangeRejected rejected(boolean malformed, String lrn, List<XmlFault> faults,
            List<Violation> violations) {
        String response = WcoResponseWriter.rejected(lrn == null ? "UNKNOWN" : lrn, faults.stream()
                .map(f -> new WcoResponseWriter.Error(f.code(), f.xpath(), f.message())).toList(), Instant.now());
        List<InterchangeRejected.Fault> listed = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            XmlFault f = faults.get(i);
            listed.add(new InterchangeRejected.Fault(null, null, null, null, f.xpath(),
                    i < violations.size() ? violations.get(i).pointer() : null, f.code(), f.describe()));
        }
        return new InterchangeRejected(malformed, faults.size() + (malformed ? " fault(s) in the XML" : " invalid field(s)")
                + "; nothing from this declaration is filed. See errors.", listed, response);
    }
}
