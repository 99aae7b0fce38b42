package org.caravan.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.store.ManifestSpool;
import org.caravan.filing.ManifestFiling;
import org.caravan.interchange.internal.edifact.ContrlWriter;
import org.caravan.filing.OrderFiling;
import org.caravan.interchange.internal.edifact.CuscarInterchange;
import org.caravan.interchange.internal.edifact.CusdecMapping;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.caravan.interchange.internal.edifact.MessageSeen;
import org.caravan.interchange.internal.edifact.StreamedConsignments;
import org.caravan.interchange.internal.edifact.SyntaxCodes;
import org.caravan.interchange.internal.edifact.SyntaxFault;
import org.caravan.interchange.internal.store.OutboundMessages;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A courier's CUSCAR becomes manifest filings, a platform's CUSDEC order filings. All of an
 * interchange is read and every message validated before any is filed, so a fault anywhere
 * rejects it whole; each message is then filed under its own idempotency key (sender,
 * interchange control reference and message reference), so a re-sent interchange replays
 * its receipts.
 */
@Service
public class ReceiveEdifact {

    private static final Pattern CONSIGNMENT = Pattern.compile("^/consignments/(\\d+)(/.*)?$");

    /** What the partner is told of an accepted interchange. */
    public record Accepted(String controlReference, String sender, String acknowledgement, List<Filed> messages) {

        public record Filed(String messageReference, String type, String version, ManifestFiling.Receipt receipt) {
        }
    }

    private static final Pattern ITEM = Pattern.compile("^/items/(\\d+)(/.*)?$");

    private final ManifestFiling filing;
    private final OrderFiling orders;
    private final OutboundMessages outbound;

    /** A single CUSCAR of at least this many consignments is filed as it is read, never held whole. */
    private final int streamFrom;
    /** Any other interchange is read whole into memory; this bounds what that may hold. */
    private final int maxHeld;

    ReceiveEdifact(ManifestFiling filing, OrderFiling orders, OutboundMessages outbound,
            @Value("${caravan.interchange.stream-consignments-from:1000}") int streamFrom,
            @Value("${caravan.filing.max-consignments-per-manifest:100000}") int maxHeld) {
        this.filing = filing;
        this.orders = orders;
        this.outbound = outbound;
        this.streamFrom = streamFrom;
        this.maxHeld = maxHeld;
    }

    /**
     * An interchange received into a file. It is first read through once for its syntax and
     * shape (holding only where each consignment starts); a single large CUSCAR is then read a
     * second time consignment by consignment into one streamed filing, anything else whole.
     */
    public Accepted receive(Caller caller, ManifestSpool body) throws IOException {
        CuscarInterchange surveyed;
        try (InputStream in = body.bytes()) {
            surveyed = CuscarInterchange.survey(in, EdifactLimits.DEFAULT);
        }
        if (!surveyed.valid()) {
            throw rejected(true, surveyed, surveyed.faults(), List.of());
        }
        int consignments = surveyed.messages().stream().mapToInt(m -> m.cniSegments().length).sum();
        if (surveyed.orders().isEmpty() && surveyed.messages().size() == 1 && consignments >= streamFrom) {
            return receiveStreamed(caller, body, surveyed);
        }
        if (consignments > maxHeld) {
            throw new InvalidInput(new Violation("/consignments", "too-many", "an interchange of more than " + maxHeld
                    + " consignments must carry one CUSCAR message and nothing else"));
        }
        try (InputStream in = body.bytes()) {
            return receive(caller, in);
        }
    }

    private Accepted receiveStreamed(Caller caller, ManifestSpool body, CuscarInterchange surveyed) throws IOException {
        Roles.requireDeclarant(caller);
        var header = surveyed.header();
        CuscarInterchange.Message m = surveyed.messages().get(0);
        String key = "EDIFACT:" + header.sender() + ":" + header.controlReference() + ":" + m.reference();
        ManifestFiling.Receipt receipt;
        Acknowledgement ack = acknowledgement(caller, surveyed);
        try (InputStream in = body.bytes(); StreamedConsignments lines = new StreamedConsignments(in, EdifactLimits.DEFAULT)) {
            receipt = FilingChannel.through("EDIFACT", filed -> ack.queue(), () -> filing.fileStreamed(caller, key,
                    body.sha256(), m.manifest(), lines));
        } catch (InvalidInput e) {
            // the filing rolled back: nothing of the interchange is stored
            throw rejected(false, surveyed, e.violations().stream().map(v -> locate(v, m)).toList(), e.violations());
        }
        return ack.with(List.of(new Accepted.Filed(m.reference(), "CUSCAR", m.version(), receipt)));
    }

    public Accepted receive(Caller caller, InputStream body) {
        CuscarInterchange read = CuscarInterchange.read(body, EdifactLimits.DEFAULT);
        Optional<org.caravan.interchange.internal.edifact.InterchangeHeader> header = Optional.ofNullable(read.header());
        if (!read.valid()) {
            throw rejected(true, read, read.faults(), List.of());
        }
        // a manifest is the courier's to file, an order the platform's
        if (!read.messages().isEmpty()) {
            Roles.requireDeclarant(caller);
        }
        if (!read.orders().isEmpty()) {
            Roles.require(caller, Role.PLATFORM);
        }
        List<SyntaxFault> content = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (CuscarInterchange.Message m : read.messages()) {
            for (Violation v : filing.violations(m.manifest())) {
                content.add(locate(v, m));
                violations.add(v);
            }
        }
        for (CusdecMapping.Mapped o : read.orders()) {
            for (Violation v : orders.violations(o.order())) {
                content.add(locate(v, o, read.seen()));
                violations.add(v);
            }
        }
        if (!content.isEmpty()) {
            throw rejected(false, read, content, violations);
        }
        List<Accepted.Filed> filed = new ArrayList<>();
        Acknowledgement ack = acknowledgement(caller, read);
        String keys = "EDIFACT:" + header.get().sender() + ":" + header.get().controlReference() + ":";
        for (CuscarInterchange.Message m : read.messages()) {
            filed.add(new Accepted.Filed(m.reference(), "CUSCAR", m.version(), FilingChannel.through("EDIFACT",
                    manifest -> ack.queue(), () -> filing.file(caller, keys + m.reference(), m.manifest()))));
        }
        for (CusdecMapping.Mapped o : read.orders()) {
            filed.add(new Accepted.Filed(o.reference(), "CUSDEC", o.version(),
                    orders.file(caller, keys + o.reference(), o.order())));
        }
        return ack.with(filed);
    }

    /**
     * The CONTRL of an accepted interchange. It is queued in the transaction of the first
     * manifest filed, so the partner reads it before any CUSRES on that manifest, and queued
     * again once everything is filed (a replay or an order-only interchange has no such
     * transaction; the second append of the same CONTRL adds nothing).
     */
    private Acknowledgement acknowledgement(Caller caller, CuscarInterchange read) {
        var header = read.header();
        String contrl = ContrlWriter.write(Optional.of(header), read.seen(), List.of(), ControlReferences.next(),
                Instant.now());
        var message = new OutboundMessages.NewMessage(caller.partyId(), "CONTRL", header.controlReference(),
                "CONTRL:" + header.sender() + ":" + header.controlReference(), EdifactMedia.EDIFACT, contrl);
        return new Acknowledgement(header.controlReference(), header.sender(), contrl, message);
    }

    private final class Acknowledgement {
        private final String controlReference;
        private final String sender;
        private final String contrl;
        private final OutboundMessages.NewMessage message;

        Acknowledgement(String controlReference, String sender, String contrl, OutboundMessages.NewMessage message) {
            this.controlReference = controlReference;
            this.sender = sender;
            this.contrl = contrl;
            this.message = message;
        }

        void queue() {
            outbound.appendAll(List.of(message));
        }

        Accepted with(List<Accepted.Filed> filed) {
            queue();
            return new Accepted(controlReference, sender, contrl, filed);
        }
    }

    /** A violation of filing's validation, at the segment the field was read from. */
    private static SyntaxFault locate(Violation v, CuscarInterchange.Message m) {
        var h = m.headerSegments();
        int segment;
        String tag;
        Matcher consignment = CONSIGNMENT.matcher(v.pointer());
        if (consignment.matches() && Integer.parseInt(consignment.group(1)) < m.cniSegments().length) {
            segment = m.cniSegments()[Integer.parseInt(consignment.group(1))];
            tag = "CNI";
        } else if (v.pointer().startsWith("/manifestRef") && h.bgm() > 0) {
            segment = h.bgm();
            tag = "BGM";
        } else if ((v.pointer().startsWith("/transportMode") || v.pointer().startsWith("/conveyanceRef")) && h.tdt() > 0) {
            segment = h.tdt();
            tag = "TDT";
        } else if (h.firstLoc() > 0 && (v.pointer().startsWith("/departure") || v.pointer().startsWith("/arrival")
                || v.pointer().startsWith("/route"))) {
            segment = h.firstLoc();
            tag = "LOC";
        } else {
            segment = h.unh();
            tag = "UNH";
        }
        return new SyntaxFault(segment, segment - h.unh() + 1, tag, 0, 0, SyntaxCodes.INVALID_VALUE,
                v.pointer() + " " + v.message() + " (" + v.code() + ")");
    }

    /** A violation of an order, at its goods item's GID or else at its BGM. */
    private static SyntaxFault locate(Violation v, CusdecMapping.Mapped o, List<MessageSeen> seen) {
        Matcher item = ITEM.matcher(v.pointer());
        boolean atItem = item.matches() && Integer.parseInt(item.group(1)) < o.gidSegments().length;
        int segment = atItem ? o.gidSegments()[Integer.parseInt(item.group(1))] : o.bgmSegment();
        int unh = seen.stream().mapToInt(MessageSeen::unhSegment).filter(p -> p <= segment).max().orElse(segment);
        return new SyntaxFault(segment, segment - unh + 1, atItem ? "GID" : "BGM", 0, 0, SyntaxCodes.INVALID_VALUE,
                v.pointer() + " " + v.message() + " (" + v.code() + ")");
    }

    private static InterchangeRejected rejected(boolean malformed, CuscarInterchange read, List<SyntaxFault> faults,
            List<Violation> violations) {
        String contrl = ContrlWriter.write(Optional.ofNullable(read.header()), read.seen(), faults,
                ControlReferences.next(), Instant.now());
        List<InterchangeRejected.Fault> listed = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            SyntaxFault f = faults.get(i);
            Violation v = i < violations.size() ? violations.get(i) : null;
            listed.add(new InterchangeRejected.Fault(f.segment(), f.tag(), f.element() > 0 ? f.element() : null,
                    f.component() > 0 ? f.component() : null, null, v == null ? null : v.pointer(),
                    v == null ? f.code() : v.code(), v == null ? f.describe() : f.describe()));
        }
        return new InterchangeRejected(malformed, malformed
                ? faults.size() + " syntax fault(s); nothing from this interchange is filed. See errors."
                : faults.size() + " invalid field(s); nothing from this interchange is filed. See errors.", listed, contrl);
    }
}
