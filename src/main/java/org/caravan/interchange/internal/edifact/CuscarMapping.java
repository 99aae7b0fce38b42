package org.caravan.interchange.internal.edifact;

import static org.caravan.interchange.internal.edifact.CuscarCodes.*;

import java.util.ArrayList;
import java.util.List;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * Maps each CUSCAR message of an interchange to a manifest request, handing the house
 * consignments on one at a time as their segment groups end, so nothing grows with the
 * manifest here. Only the form is judged (codes, dates, numbers, which segment says what);
 * what the manifest means is judged by filing's validation, as for the JSON API.
 */
public final class CuscarMapping implements InterchangeReader.Handler {

    /** Receives the manifests of an interchange as they are read. */
    public interface Sink {

        /** A CUSCAR message's master data is read (no consignments yet); {@code segments} locate its fields. */
        void manifest(String messageReference, String version, FilingRequests.Manifest header, HeaderSegments segments);

        /** One house consignment, with the position of its CNI segment in the interchange. */
        void consignment(int cniSegment, FilingRequests.ConsignmentLine line);

        void endManifest(String messageReference);
    }

    /** Where the master data of a manifest was read, to point a partner at a bad field. */
    public record HeaderSegments(int unh, int bgm, int tdt, int firstLoc) {
    }

    private enum Section { NONE, HEADER, CONSIGNMENT, ITEM }

    private final Sink sink;
    private final Faults faults;
    private final boolean receiving;
    private InterchangeHeader interchange;

    private Section section = Section.NONE;
    private String messageReference;
    private String version;
    private int unh;
    private int bgm;
    private int tdt;
    private int firstLoc;
    private String manifestRef;
    private String expectedAt;
    private String conveyanceRef;
    private String transportMode;
    private String departureCountry;
    private String departureLocation;
    private String arrivalCountry;
    private String arrivalLocation;
    private List<String> route = new ArrayList<>();
    private boolean headerSent;
    private int consignments;

    private Consignment consignment;
    private Item item;

    /** A mapping of what a partner sends: only CUSCAR is received. */
    public CuscarMapping(Sink sink, Faults faults) {
        this(sink, faults, true);
    }

    /**
     * {@code receiving} false: a check of any message Caravan knows, its own outbound ones
     * included (they are then judged by their schemas alone).
     */
    public CuscarMapping(Sink sink, Faults faults, boolean receiving) {
        this.sink = sink;
        this.faults = faults;
        this.receiving = receiving;
    }

    public InterchangeHeader interchange() {
        return interchange;
    }

    @Override
    public void interchangeHeader(Segment unb) {
        interchange = InterchangeHeader.of(unb);
    }

    @Override
    public void messageHeader(Segment segment, String type, String messageVersion, boolean supported) {
        section = Section.NONE;
        if (supported && !"CUSCAR".equals(type) && !"CUSDEC".equals(type) && receiving) {
            faults.add(segment.fault(2, 1, SyntaxCodes.VALUE_NOT_SUPPORTED,
                    type + " is a message Caravan sends; it receives CUSCAR and CUSDEC"));
            return;
        }
        if (!supported || !"CUSCAR".equals(type)) {
            return;
        }
        section = Section.HEADER;
        messageReference = segment.value(1);
        version = messageVersion;
        unh = segment.position();
        bgm = tdt = firstLoc = 0;
        manifestRef = expectedAt = conveyanceRef = transportMode = null;
        departureCountry = departureLocation = arrivalCountry = arrivalLocation = null;
        route = new ArrayList<>();
        headerSent = false;
        consignments = 0;
        consignment = null;
        item = null;
    }

    @Override
    public void segment(Segment s) {
        if (section == Section.NONE) {
            return;
        }
        if (outOfPlace(s)) {
            faults.add(s.fault(0, 0, SyntaxCodes.NOT_SUPPORTED_IN_POSITION, s.tag() + " is out of place here"));
            return;
        }
        switch (s.tag()) {
            case "BGM" -> bgm(s);
            case "DTM" -> dtm(s);
            case "TDT" -> tdt(s);
            case "LOC" -> loc(s);
            case "CNI" -> cni(s);
            case "RFF" -> rff(s);
            case "MEA" -> mea(s);
            case "MOA" -> moa(s);
            case "NAD" -> nad(s);
            case "GID" -> gid(s);
            case "FTX" -> ftx(s);
            case "PIA" -> pia(s);
            case "QTY" -> qty(s);
            default -> faults.add(s.fault(0, 0, SyntaxCodes.NOT_SUPPORTED_IN_POSITION, s.tag() + " is not used in CUSCAR"));
        }
    }

    /** StAEDI reports a segment out of sequence and still hands it on; it is not mapped then. */
    private boolean outOfPlace(Segment s) {
        return switch (s.tag()) {
            case "RFF", "MEA", "NAD", "GID", "MOA" -> consignment == null;
            case "FTX", "PIA", "QTY" -> item == null;
            case "BGM", "DTM", "TDT" -> section != Section.HEADER;
            default -> false;
        };
    }

    @Override
    public void messageTrailer(Segment unt) {
        if (section == Section.NONE) {
            return;
        }
        endConsignment();
        sendHeader();
        sink.endManifest(messageReference);
        section = Section.NONE;
    }

    private void bgm(Segment s) {
        bgm = s.position();
        if (!CARGO_MANIFEST.equals(s.value(1, 1))) {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "document name code must be 785 (cargo manifest)"));
        }
        manifestRef = s.value(2, 1);
        String function = s.value(3);
        if (function != null && !ORIGINAL.equals(function)) {
            faults.add(s.fault(3, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "message function must be 9 (original)"));
        }
    }

    private void dtm(Segment s) {
        if (!ESTIMATED_ARRIVAL.equals(s.value(1, 1))) {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "date qualifier must be 132 (estimated arrival)"));
            return;
        }
        EdifactDates.parse(s.value(1, 2), s.value(1, 3)).ifPresentOrElse(at -> expectedAt = at.toString(),
                () -> faults.add(s.fault(1, 2, SyntaxCodes.INVALID_VALUE,
                        "not a date in format " + s.value(1, 3) + " (102, 203 or 204)")));
    }

    private void tdt(Segment s) {
        tdt = s.position();
        if (!MAIN_CARRIAGE.equals(s.value(1))) {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "transport stage must be 20 (main carriage)"));
        }
        conveyanceRef = s.value(2);
        String mode = s.value(3, 1);
        if (mode != null) {
            transportMode = CuscarCodes.transportMode(mode).orElse(null);
            if (transportMode == null) {
                faults.add(s.fault(3, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "mode of transport must be 1, 2, 3, 4 or 5"));
            }
        }
    }

    private void loc(Segment s) {
        String qualifier = s.value(1);
        String place = s.value(2, 1);
        if (section == Section.HEADER) {
            if (firstLoc == 0) {
                firstLoc = s.position();
            }
            switch (qualifier == null ? "" : qualifier) {
                case DEPARTURE_COUNTRY -> departureCountry = place;
                case DEPARTURE_PLACE -> departureLocation = place;
                case ARRIVAL_COUNTRY -> arrivalCountry = place;
                case ARRIVAL_PLACE -> arrivalLocation = place;
                case ROUTING -> route.add(place);
                default -> faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED,
                        "location qualifier must be 35, 5, 28, 60 or 92 in the transport group"));
            }
        } else if (section == Section.ITEM && ORIGIN_COUNTRY.equals(qualifier)) {
            item.origin = place;
        } else {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "location qualifier must be 27 (origin) in a goods item"));
        }
    }

    private void cni(Segment s) {
        endConsignment();
        sendHeader();
        consignments++;
        section = Section.CONSIGNMENT;
        consignment = new Consignment(s.position(), s.value(2, 1));
        if (!String.valueOf(consignments).equals(stripZeros(s.value(1)))) {
            faults.add(s.fault(1, 0, SyntaxCodes.INVALID_VALUE, "consolidation item number must be " + consignments));
        }
    }

    private void rff(Segment s) {
        String qualifier = s.value(1, 1);
        if (ORDER_NUMBER.equals(qualifier)) {
            consignment.orderRef = s.value(1, 2);
        } else if (PLATFORM.equals(qualifier)) {
            consignment.platformId = s.value(1, 2);
        } else {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "reference qualifier must be ON or ZZZ"));
        }
    }

    private void mea(Segment s) {
        if (!MEASUREMENT.equals(s.value(1)) || !GROSS_WEIGHT.equals(s.value(2, 1))) {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "measurement must be AAE+G (gross weight)"));
        } else if (!KILOGRAM.equals(s.value(3, 1))) {
            faults.add(s.fault(3, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "gross weight is given in KGM"));
        } else {
            consignment.grossMassKg = Segment.decimal(s.value(3, 2));
        }
    }

    private void moa(Segment s) {
        String qualifier = s.value(1, 1);
        if (section == Section.CONSIGNMENT && DECLARED_VALUE.equals(qualifier)) {
            consignment.declaredValue = Segment.decimal(s.value(1, 2));
            consignment.currency = s.value(1, 3);
        } else if (section == Section.ITEM && ITEM_VALUE.equals(qualifier)) {
            item.value = Segment.decimal(s.value(1, 2));
            String currency = s.value(1, 3);
            if (currency != null && !currency.equals(consignment.currency)) {
                faults.add(s.fault(1, 3, SyntaxCodes.INVALID_VALUE, "an item's currency is the consignment's ("
                        + consignment.currency + ")"));
            }
        } else {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED,
                    "amount qualifier must be 40 for a consignment, 66 for a goods item"));
        }
    }

    private void nad(Segment s) {
        if (!CONSIGNEE.equals(s.value(1))) {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "party qualifier must be CN (consignee)"));
            return;
        }
        String line1 = s.joined(5);
        String city = s.value(6);
        String postcode = s.value(8);
        String country = s.value(9);
        FilingRequests.Address address = new FilingRequests.Address(line1, city, postcode, country);
        consignment.consignee = new FilingRequests.Consignee(s.joined(4), s.value(2, 1), address);
    }

    private void gid(Segment s) {
        endItem();
        section = Section.ITEM;
        item = new Item();
        if (!String.valueOf(consignment.items.size() + 1).equals(stripZeros(s.value(1)))) {
            faults.add(s.fault(1, 0, SyntaxCodes.INVALID_VALUE, "goods item number must be " + (consignment.items.size() + 1)));
        }
    }

    private void ftx(Segment s) {
        if (!GOODS_DESCRIPTION.equals(s.value(1))) {
            faults.add(s.fault(1, 0, SyntaxCodes.VALUE_NOT_SUPPORTED, "text subject must be AAA (goods description)"));
            return;
        }
        item.description = s.joined(4);
    }

    private void pia(Segment s) {
        if (!PRODUCT_IDENTIFICATION.equals(s.value(1)) || !HARMONIZED_SYSTEM.equals(s.value(2, 2))) {
            faults.add(s.fault(2, 2, SyntaxCodes.VALUE_NOT_SUPPORTED, "product identification must be 5 with type HS"));
            return;
        }
        item.hsCode = s.value(2, 1);
    }

    private void qty(Segment s) {
        if (!QUANTITY.equals(s.value(1, 1))) {
            faults.add(s.fault(1, 1, SyntaxCodes.VALUE_NOT_SUPPORTED, "quantity qualifier must be 47"));
            return;
        }
        try {
            item.quantity = Integer.valueOf(s.value(1, 2));
        } catch (NumberFormatException e) {
            faults.add(s.fault(1, 2, SyntaxCodes.INVALID_VALUE, "quantity must be a whole number up to 2147483647"));
        }
    }

    private void sendHeader() {
        if (headerSent) {
            return;
        }
        headerSent = true;
        var departure = departureCountry == null && departureLocation == null ? null
                : new FilingRequests.Place(departureCountry, departureLocation);
        var arrival = arrivalCountry == null && arrivalLocation == null && expectedAt == null ? null
                : new FilingRequests.Arrival(arrivalCountry, arrivalLocation, expectedAt);
        var header = new FilingRequests.Manifest(manifestRef, transportMode, conveyanceRef, departure, arrival,
                route.isEmpty() ? null : List.copyOf(route), List.of());
        sink.manifest(messageReference, version, header, new HeaderSegments(unh, bgm, tdt, firstLoc));
    }

    private void endItem() {
        if (item != null) {
            consignment.items.add(new FilingRequests.LineItem(item.description, item.hsCode, item.quantity, item.value,
                    item.origin));
            item = null;
        }
    }

    private void endConsignment() {
        endItem();
        if (consignment != null) {
            Consignment c = consignment;
            sink.consignment(c.segment, new FilingRequests.ConsignmentLine(c.trackingNumber, c.orderRef, c.platformId,
                    c.consignee, c.grossMassKg, c.declaredValue, c.currency, List.copyOf(c.items)));
            consignment = null;
        }
    }



    private static String stripZeros(String number) {
        if (number == null) {
            return "";
        }
        String stripped = number.replaceFirst("^0+(?=.)", "");
        return stripped;
    }

    private static final class Consignment {
        final int segment;
        final String trackingNumber;
        String orderRef;
        String platformId;
        FilingRequests.Consignee consignee;
        String grossMassKg;
        String declaredValue;
        String currency;
        final List<FilingRequests.LineItem> items = new ArrayList<>(2);

        Consignment(int segment, String trackingNumber) {
            this.segment = segment;
            this.trackingNumber = trackingNumber;
        }
    }

    private static final class Item {
        String description;
        String hsCode;
        Integer quantity;
        String value;
        String origin;
    }
}
