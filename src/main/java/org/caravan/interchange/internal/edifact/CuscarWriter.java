package org.caravan.interchange.internal.edifact;

import static org.caravan.interchange.internal.edifact.CuscarCodes.*;
import static org.caravan.interchange.internal.edifact.EdifactWriter.c;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * Writes a manifest request as a CUSCAR D99B interchange, segment for segment what
 * {@link CuscarMapping} reads back, so JSON → CUSCAR → JSON keeps every consignment.
 */
public final class CuscarWriter {

    private static final int PART = 35;

    private CuscarWriter() {
    }

    public static String write(FilingRequests.Manifest m, String sender, String recipient, String controlReference,
            Instant preparedAt) {
        var lines = m.consignments() == null ? List.<FilingRequests.ConsignmentLine>of() : m.consignments();
        // about sixteen segments a consignment of one item, more with more items
        long segments = lines.stream().mapToLong(c -> 10L + 6L * (c.items() == null ? 0 : c.items().size())).sum();
        EdifactWriter w = EdifactWriter.interchange(new java.io.ByteArrayOutputStream(), sender, recipient,
                controlReference, preparedAt, EdifactWriter.Syntax.forMessage(beyondLatin1(m), segments));
        return write(w, m, lines);
    }

    /**
     * Writes the manifest {@code header} with {@code consignments} as they come, to {@code out}:
     * a generated manifest of a million consignments never sits in memory.
     */
    public static void write(FilingRequests.Manifest header, Iterable<FilingRequests.ConsignmentLine> consignments,
            java.io.OutputStream out, String sender, String recipient, String controlReference, Instant preparedAt,
            EdifactWriter.Syntax syntax) {
        write(EdifactWriter.interchange(out, sender, recipient, controlReference, preparedAt, syntax), header,
                consignments);
    }

    private static String write(EdifactWriter w, FilingRequests.Manifest m,
            Iterable<FilingRequests.ConsignmentLine> consignments) {
        w.startMessage("1", "CUSCAR", "D", "99B");
        w.segment("BGM", c(CARGO_MANIFEST), c(m.manifestRef()), ORIGINAL);
        if (m.arrival() != null && m.arrival().expectedAt() != null) {
            w.segment("DTM", c(ESTIMATED_ARRIVAL, format204(m.arrival().expectedAt()), "204"));
        }
        w.segment("TDT", MAIN_CARRIAGE, m.conveyanceRef(), c(CuscarCodes.modeCode(m.transportMode())));
        if (m.departure() != null) {
            loc(w, DEPARTURE_COUNTRY, m.departure().country());
            loc(w, DEPARTURE_PLACE, m.departure().location());
        }
        if (m.arrival() != null) {
            loc(w, ARRIVAL_COUNTRY, m.arrival().country());
            loc(w, ARRIVAL_PLACE, m.arrival().location());
        }
        if (m.route() != null) {
            m.route().forEach(country -> loc(w, ROUTING, country));
        }
        int number = 0;
        for (FilingRequests.ConsignmentLine c : consignments) {
            consignment(w, ++number, c);
        }
        w.endMessage();
        return w.finish();
    }

    private static void consignment(EdifactWriter w, int number, FilingRequests.ConsignmentLine c) {
        w.segment("CNI", String.valueOf(number), c(c.trackingNumber()));
        if (c.platformOrderRef() != null) {
            w.segment("RFF", c(ORDER_NUMBER, c.platformOrderRef()));
        }
        if (c.platformId() != null) {
            w.segment("RFF", c(PLATFORM, c.platformId()));
        }
        if (c.grossMassKg() != null) {
            w.segment("MEA", MEASUREMENT, c(GROSS_WEIGHT), c(KILOGRAM, c.grossMassKg()));
        }
        if (c.declaredValue() != null || c.currency() != null) {
            w.segment("MOA", c(DECLARED_VALUE, c.declaredValue(), c.currency()));
        }
        var consignee = c.consignee();
        if (consignee != null) {
            var a = consignee.address();
            w.segment("NAD", CONSIGNEE, c(consignee.consumerId()), null, parts(consignee.name(), 5),
                    a == null ? null : parts(a.line1(), 4), a == null ? null : a.city(), null,
                    a == null ? null : a.postcode(), a == null ? null : a.country());
        }
        int item = 0;
        for (FilingRequests.LineItem i : c.items() == null ? List.<FilingRequests.LineItem>of() : c.items()) {
            w.segment("GID", String.valueOf(++item));
            w.segment("FTX", GOODS_DESCRIPTION, null, null, c(i.description()));
            w.segment("PIA", PRODUCT_IDENTIFICATION, c(i.hsCode(), HARMONIZED_SYSTEM));
            w.segment("QTY", c(QUANTITY, i.quantity() == null ? null : String.valueOf(i.quantity())));
            w.segment("MOA", c(ITEM_VALUE, i.value()));
            w.segment("LOC", ORIGIN_COUNTRY, c(i.originCountry()));
        }
    }

    private static void loc(EdifactWriter w, String qualifier, String place) {
        if (place != null) {
            w.segment("LOC", qualifier, c(place));
        }
    }

    /** Free text spread over an element's components of 35 characters. */
    private static List<String> parts(String text, int max) {
        if (text == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length() && parts.size() < max; i += PART) {
            parts.add(text.substring(i, Math.min(text.length(), i + PART)));
        }
        return parts;
    }

    private static String format204(String instant) {
        try {
            return EdifactWriter.FORMAT_204.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant; // left as given: reading it back names the field
        }
    }

    private static boolean beyondLatin1(FilingRequests.Manifest m) {
        // one pass over the text is cheaper than failing the write part way
        return m.toString().chars().anyMatch(ch -> ch > 0xFF);
    }
}
