package org.caravan.interchange.internal.edifact;

import static org.caravan.interchange.internal.edifact.EdifactWriter.c;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The outbound messages of a consignment's clearance: a CUSRES for each decision and an
 * IFTSTA for each status event, one interchange each so a partner can take them one by one.
 * The codes are listed in docs/edifact/CUSRES.md and docs/edifact/IFTSTA.md.
 */
public final class CustomsResponseWriter {

    /** MOA 5025 for the duties and taxes assessed on the consignment (UNCL 5025 "duty/tax/fee amount"). */
    public static final String AMOUNT_DUE = "161";

    /**
     * What customs decided or what happened, in the message's own terms; {@code amountDue} and
     * {@code amountCurrency} are the duties and taxes assessed, both null when nothing is due.
     */
    public record StatusReport(String trackingNumber, String jurisdiction, String statusCode, String explanation,
            Instant occurredAt, BigDecimal amountDue, String amountCurrency) {

        public StatusReport(String trackingNumber, String jurisdiction, String statusCode, String explanation,
                Instant occurredAt) {
            this(trackingNumber, jurisdiction, statusCode, explanation, occurredAt, null, null);
        }
    }

    private CustomsResponseWriter() {
    }

    public static String cusres(StatusReport r, String recipient, String reference, Instant now) {
        EdifactWriter w = EdifactWriter.interchange("CARAVAN", recipient, reference, now, beyondLatin1(r));
        w.startMessage("1", "CUSRES", "D", "99B");
        w.segment("BGM", c("962"), c(reference), "9");
        w.segment("DTM", c("137", EdifactWriter.FORMAT_204.format(r.occurredAt()), "204"));
        w.segment("RFF", c("HWB", r.trackingNumber()));
        w.segment("LOC", "28", c(r.jurisdiction()));
        w.segment("GIS", c(r.statusCode()));
        w.segment("FTX", "ACB", null, null, c(r.explanation()));
        if (r.amountDue() != null) {
            w.segment("MOA", c(AMOUNT_DUE, r.amountDue().toPlainString(), r.amountCurrency()));
        }
        w.endMessage();
        return w.finish();
    }

    public static String iftsta(StatusReport r, String recipient, String reference, Instant now) {
        EdifactWriter w = EdifactWriter.interchange("CARAVAN", recipient, reference, now, beyondLatin1(r));
        w.startMessage("1", "IFTSTA", "D", "99B");
        w.segment("BGM", c("23"), c(reference), "9");
        w.segment("DTM", c("137", EdifactWriter.FORMAT_204.format(now), "204"));
        w.segment("CNI", "1", c(r.trackingNumber()));
        w.segment("STS", c("1"), c(r.statusCode()));
        w.segment("DTM", c("334", EdifactWriter.FORMAT_204.format(r.occurredAt()), "204"));
        w.segment("LOC", "28", c(r.jurisdiction()));
        w.segment("FTX", "ACB", null, null, c(r.explanation()));
        w.endMessage();
        return w.finish();
    }

    private static boolean beyondLatin1(StatusReport r) {
        return r.toString().chars().anyMatch(ch -> ch > 0xFF);
    }
}
