package org.caravan.interchange.internal.edifact;

import static org.caravan.interchange.internal.edifact.EdifactWriter.c;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The CONTRL syntax and service report Caravan answers every interchange with: accepted
 * (action 7), or rejected (action 4) with each faulty segment (UCS, its position counted
 * from UNH) and element (UCD) and the syntax error code of each fault.
 */
public final class ContrlWriter {

    static final String ACKNOWLEDGED = "7";
    static final String REJECTED = "4";
    private static final String UNKNOWN = "UNKNOWN";

    private ContrlWriter() {
    }

    public static String write(Optional<InterchangeHeader> received, List<MessageSeen> messages, List<SyntaxFault> faults,
            String ourReference, Instant now) {
        String sender = received.map(InterchangeHeader::sender).orElse(UNKNOWN);
        String recipient = received.map(InterchangeHeader::recipient).orElse("CARAVAN");
        EdifactWriter w = EdifactWriter.interchange("CARAVAN", sender, ourReference, now, false);
        w.startMessage("1", "CONTRL", "D", "3");
        Optional<SyntaxFault> envelopeFault = faults.stream()
                .filter(f -> messages.stream().noneMatch(m -> m.holds(f))).findFirst();
        w.segment("UCI", received.map(InterchangeHeader::controlReference).orElse(UNKNOWN), c(latin(sender)),
                c(latin(recipient)), faults.isEmpty() ? ACKNOWLEDGED : REJECTED, envelopeFault.map(SyntaxFault::code).orElse(null));
        for (MessageSeen m : messages) {
            List<SyntaxFault> own = faults.stream().filter(m::holds).toList();
            // a message is rejected with its interchange: Caravan files nothing from a faulty interchange
            w.segment("UCM", fit(m.reference(), 14), c(fit(m.type(), 6), fit(m.directory(), 3), fit(m.release(), 3),
                    fit(m.agency(), 2)), faults.isEmpty() ? ACKNOWLEDGED : REJECTED);
            for (SyntaxFault f : own.subList(0, Math.min(own.size(), 999))) {
                if (f.element() == 0) {
                    w.segment("UCS", String.valueOf(Math.max(f.messageSegment(), 1)), f.code());
                } else {
                    w.segment("UCS", String.valueOf(Math.max(f.messageSegment(), 1)));
                    w.segment("UCD", f.code(), c(String.valueOf(f.element()),
                            f.component() > 0 ? String.valueOf(f.component()) : null));
                }
            }
        }
        w.endMessage();
        return w.finish();
    }

    /** A UNH value echoed in UCM, cut to its length in S009 ("X" when it was missing). */
    private static String fit(String value, int max) {
        String text = value == null || value.isBlank() ? "X" : latin(value);
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The reply is UNOC: what a partner wrote in another script is not echoed back. */
    private static String latin(String value) {
        String cut = value.length() > 35 ? value.substring(0, 35) : value;
        return cut.chars().allMatch(ch -> ch >= 0x20 && ch <= 0xFF) ? cut : UNKNOWN;
    }
}
