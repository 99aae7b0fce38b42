package org.caravan.interchange.internal.wco;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.caravan.filing.internal.web.FilingRequests;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A WCO DM import declaration read as a manifest of one house consignment: the declarant
 * (a courier or post) lodges it for one parcel, as list clearance does. {@code xpaths} maps
 * each manifest field (JSON pointer) to the element it came from, so filing's validation
 * errors can name the element. The mapping is documented in docs/wco/DECLARATION.md.
 */
public record WcoDeclaration(String functionalReference, FilingRequests.Manifest manifest, Map<String, String> xpaths,
        List<XmlFault> faults) {

    private static final Map<String, String> MODES = Map.of("1", "SEA", "2", "RAIL", "3", "ROAD", "4", "AIR", "5", "POST");
    private static final String ROOT = "/MetaData/Declaration";

    public boolean valid() {
        return faults.isEmpty();
    }

    public String xpathOf(String pointer) {
        String exact = xpaths.get(pointer);
        if (exact != null) {
            return exact;
        }
        // the nearest mapped field above the pointer, e.g. a consignee's address for its city
        String p = pointer;
        while (p.lastIndexOf('/') > 0) {
            p = p.substring(0, p.lastIndexOf('/'));
            if (xpaths.containsKey(p)) {
                return xpaths.get(p);
            }
        }
        return ROOT;
    }

    public static WcoDeclaration read(byte[] xml) {
        List<XmlFault> faults = new ArrayList<>();
        if (xml.length > SafeXml.MAX_BYTES) {
            faults.add(new XmlFault("/", "too-large", "a declaration is at most " + SafeXml.MAX_BYTES + " bytes"));
            return new WcoDeclaration(null, null, Map.of(), faults);
        }
        Document doc;
        try {
            var builder = SafeXml.documents().newDocumentBuilder();
            builder.setErrorHandler(SafeXml.SILENT); // faults are answered to the sender, not printed
            doc = builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            faults.add(new XmlFault("/", "malformed", "line " + e.getLineNumber() + " column " + e.getColumnNumber() + ": "
                    + e.getMessage()));
            return new WcoDeclaration(null, null, Map.of(), faults);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            faults.add(new XmlFault("/", "malformed", String.valueOf(e.getMessage())));
            return new WcoDeclaration(null, null, Map.of(), faults);
        }
        return new Mapping(doc, faults).map();
    }

    /** The walk over one document, keeping the XPath of what it reads. */
    private static final class Mapping {

        final Document doc;
        final List<XmlFault> faults;
        final Map<String, String> xpaths = new HashMap<>();

        Mapping(Document doc, List<XmlFault> faults) {
            this.doc = doc;
            this.faults = faults;
        }

        WcoDeclaration map() {
            Element root = doc.getDocumentElement();
            if (!"MetaData".equals(root.getLocalName())) {
                faults.add(new XmlFault("/" + root.getLocalName(), "unexpected-root", "the root element is MetaData"));
                return new WcoDeclaration(null, null, Map.of(), faults);
            }
            Optional<Element> declaration = child(root, "Declaration");
            if (declaration.isEmpty()) {
                faults.add(new XmlFault("/MetaData", "required", "a Declaration is required"));
                return new WcoDeclaration(null, null, Map.of(), faults);
            }
            Element d = declaration.get();
            String lrn = text(d, ROOT, "/manifestRef", "FunctionalReferenceID");
            String mode = text(d, ROOT, "/transportMode", "BorderTransportMeans", "ModeCode");
            Element shipment = child(d, "GoodsShipment").orElse(null);
            String gs = ROOT + "/GoodsShipment";
            String conveyance = shipment == null ? null
                    : text(shipment, gs, "/conveyanceRef", "Consignment",
                            "ArrivalTransportMeans", "ID");
            String export = shipment == null ? null : text(shipment, gs, "/departure/country",
                    "ExportCountry", "ID");
            String destination = shipment == null ? null : text(shipment, gs, "/arrival/country",
                    "Destination", "CountryCode");
            String house = shipment == null ? null : text(shipment, gs,
                    "/consignments/0/trackingNumber", "Consignment", "TransportContractDocument", "ID");
            if (house == null) {
                // no house waybill: the LRN, unique per declarant, stands for the parcel
                house = lrn;
                xpaths.put("/consignments/0/trackingNumber", ROOT + "/FunctionalReferenceID");
            }
            FilingRequests.Consignee consignee = consignee(shipment, gs, destination);
            List<FilingRequests.LineItem> items = new ArrayList<>();
            BigDecimal mass = BigDecimal.ZERO;
            BigDecimal value = BigDecimal.ZERO;
            String currency = null;
            int n = 0;
            for (Element item : shipment == null ? List.<Element>of() : children(shipment, "GovernmentAgencyGoodsItem")) {
                String at = gs + "/GovernmentAgencyGoodsItem[" + (n + 1) + "]";
                String p = "/consignments/0/items/" + n;
                Element commodity = child(item, "Commodity").orElse(null);
                String description = commodity == null ? null : text(commodity, at + "/Commodity", p + "/description",
                        "Description");
                String hs = commodity == null ? null : classification(commodity, at + "/Commodity", p + "/hsCode");
                String itemMass = commodity == null ? null : text(commodity, at + "/Commodity",
                        "/consignments/0/grossMassKg", "GoodsMeasure", "GrossMassMeasure");
                Element amount = commodity == null ? null : child(commodity, "InvoiceLine")
                        .flatMap(l -> child(l, "ItemChargeAmount")).orElse(null);
                String itemValue = amount == null ? null : amount.getTextContent().trim();
                xpaths.put(p + "/value", at + "/Commodity/InvoiceLine/ItemChargeAmount");
                if (amount != null && currency == null && !amount.getAttribute("currencyID").isEmpty()) {
                    currency = amount.getAttribute("currencyID");
                    xpaths.put("/consignments/0/currency", at + "/Commodity/InvoiceLine/ItemChargeAmount/@currencyID");
                }
                String origin = text(item, at, p + "/originCountry", "Origin", "CountryCode");
                Integer quantity = quantity(item, at, p);
                mass = add(mass, itemMass, at + "/Commodity/GoodsMeasure/GrossMassMeasure");
                value = add(value, itemValue, at + "/Commodity/InvoiceLine/ItemChargeAmount");
                items.add(new FilingRequests.LineItem(description, hs, quantity, itemValue, origin));
                n++;
            }
            xpaths.put("/consignments/0/items", gs + "/GovernmentAgencyGoodsItem");
            xpaths.put("/consignments/0/declaredValue", gs + "/GovernmentAgencyGoodsItem/Commodity/InvoiceLine/ItemChargeAmount");
            xpaths.put("/consignments", gs);
            xpaths.put("/arrival", gs + "/Destination");
            xpaths.put("/departure", gs + "/ExportCountry");
            xpaths.put("/route", gs + "/ExportCountry");
            var line = new FilingRequests.ConsignmentLine(house, null, null, consignee,
                    mass == null ? null : mass.toPlainString(), value == null ? null : value.toPlainString(), currency,
                    items);
            List<String> route = export == null || destination == null ? null : List.of(export, destination);
            var manifest = new FilingRequests.Manifest(lrn, MODES.getOrDefault(mode, mode), conveyance,
                    export == null ? null : new FilingRequests.Place(export, null),
                    destination == null ? null : new FilingRequests.Arrival(destination, null, null), route, List.of(line));
            return new WcoDeclaration(lrn, manifest, Map.copyOf(xpaths), faults);
        }

        private FilingRequests.Consignee consignee(Element shipment, String gs, String destination) {
            Element importer = shipment == null ? null : child(shipment, "Importer").orElse(null);
            String at = gs + "/Importer";
            xpaths.put("/consignments/0/consignee", at);
            // without a country of its own, the importer is where the goods are destined
            xpaths.put("/consignments/0/consignee/address/country", gs + "/Destination/CountryCode");
            if (importer == null) {
                return null;
            }
            String name = text(importer, at, "/consignments/0/consignee/name", "Name");
            String id = text(importer, at, "/consignments/0/consignee/consumerId", "ID");
            Element address = child(importer, "Address").orElse(null);
            String country = destination;
            String city = null;
            String line1 = null;
            String postcode = null;
            if (address != null) {
                city = text(address, at + "/Address", "/consignments/0/consignee/address/city", "CityName");
                line1 = text(address, at + "/Address", "/consignments/0/consignee/address/line1", "Line");
                postcode = text(address, at + "/Address", "/consignments/0/consignee/address/postcode", "PostcodeID");
                String own = child(address, "CountryCode").map(e -> e.getTextContent().trim()).orElse(null);
                if (own != null) {
                    xpaths.put("/consignments/0/consignee/address/country", at + "/Address/CountryCode");
                    country = own;
                }
            }
            return new FilingRequests.Consignee(name, id, new FilingRequests.Address(line1, city, postcode, country));
        }

        /** The tariff classification (TSP: the HS-based commodity code), cut to its first ten digits. */
        private String classification(Element commodity, String at, String pointer) {
            int n = 0;
            for (Element c : children(commodity, "Classification")) {
                n++;
                String type = child(c, "IdentificationTypeCode").map(e -> e.getTextContent().trim()).orElse("");
                if (type.equals("TSP") || type.equals("HS")) {
                    xpaths.put(pointer, at + "/Classification[" + n + "]/ID");
                    String id = child(c, "ID").map(e -> e.getTextContent().trim()).orElse(null);
                    return id == null || id.length() <= 10 ? id : id.substring(0, 10);
                }
            }
            xpaths.put(pointer, at + "/Classification");
            return null;
        }

        private Integer quantity(Element item, String at, String pointer) {
            int total = 0;
            int n = 0;
            for (Element packaging : children(item, "Packaging")) {
                n++;
                String q = child(packaging, "QuantityQuantity").map(e -> e.getTextContent().trim()).orElse(null);
                xpaths.put(pointer + "/quantity", at + "/Packaging[" + n + "]/QuantityQuantity");
                try {
                    total += q == null ? 0 : Integer.parseInt(q);
                } catch (NumberFormatException e) {
                    faults.add(new XmlFault(at + "/Packaging[" + n + "]/QuantityQuantity", "malformed", "not a whole number"));
                }
            }
            return total == 0 ? 1 : total;
        }

        private BigDecimal add(BigDecimal sum, String value, String xpath) {
            if (sum == null || value == null) {
                return sum;
            }
            try {
                return sum.add(new BigDecimal(value));
            } catch (NumberFormatException e) {
                faults.add(new XmlFault(xpath, "malformed", "not a decimal number: " + value));
                return null;
            }
        }

        /** The text of a descendant along {@code path}, recording where the manifest field came from. */
        private String text(Element from, String at, String pointer, String... path) {
            Element e = from;
            for (String step : path) {
                e = child(e, step).orElse(null);
                if (e == null) {
                    xpaths.put(pointer, rootPath(at, path));
                    return null;
                }
            }
            xpaths.put(pointer, rootPath(at, path));
            String text = e.getTextContent().trim();
            return text.isEmpty() ? null : text;
        }

        private static String rootPath(String at, String[] path) {
            return at + "/" + String.join("/", path);
        }

        private static Optional<Element> child(Element parent, String name) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        private static List<Element> children(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
            return found;
        }
    }
}
