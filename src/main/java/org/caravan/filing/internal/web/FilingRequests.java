package org.caravan.filing.internal.web;

import java.util.List;

/**
 * The filing request bodies as sent (API.md). Amounts are decimal strings and every
 * field is nullable here, so validation can name each missing or bad field. Other channels
 * (interchange) build these records, so they are exposed as a named interface.
 */
@org.springframework.modulith.NamedInterface("requests")
public final class FilingRequests {

    private FilingRequests() {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Address(String line1, String city, String postcode, String country) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Seller(String id, String name, String country) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Buyer(String name, String consumerId, Address address) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record OrderItem(String sku, String description, String hsCode, Integer quantity, String unitPrice,
            String originCountry, String netMassKg) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Payment(String provider, String transactionRef, String amount, String paidAt) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Order(String platformOrderRef, String orderedAt, Seller seller, Buyer buyer, String destinationCountry,
            String currency, List<OrderItem> items, String shippingCost, Payment payment, String incoterm,
            String quoteId) {

        /** An order without a quote, as the EDIFACT and WCO channels file it. */
        public Order(String platformOrderRef, String orderedAt, Seller seller, Buyer buyer, String destinationCountry,
                String currency, List<OrderItem> items, String shippingCost, Payment payment, String incoterm) {
            this(platformOrderRef, orderedAt, seller, buyer, destinationCountry, currency, items, shippingCost, payment,
                    incoterm, null);
        }
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Place(String country, String location) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Arrival(String country, String location, String expectedAt) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Consignee(String name, String consumerId, Address address, String phone) {

        /** A consignee without a phone number, as the EDIFACT and WCO channels file it. */
        public Consignee(String name, String consumerId, Address address) {
            this(name, consumerId, address, null);
        }
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record LineItem(String description, String hsCode, Integer quantity, String value, String originCountry,
            String permitRef) {

        public LineItem(String description, String hsCode, Integer quantity, String value, String originCountry) {
            this(description, hsCode, quantity, value, originCountry, null);
        }
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record ConsignmentLine(String trackingNumber, String platformOrderRef, String platformId, Consignee consignee,
            String grossMassKg, String declaredValue, String currency, List<LineItem> items) {
    }

    @org.springframework.modulith.NamedInterface("requests")
    public record Manifest(String manifestRef, String transportMode, String conveyanceRef, Place departure,
            Arrival arrival, List<String> route, List<ConsignmentLine> consignments) {

        Manifest withConsignments(List<ConsignmentLine> lines) {
            return new Manifest(manifestRef, transportMode, conveyanceRef, departure, arrival, route, lines);
        }
    }
}
