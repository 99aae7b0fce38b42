package org.caravan.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for realistic order and manifest bodies, in the API's own shape. */
public final class Filings {

    private Filings() {
    }

    /**
     * The prefix and 12 random hex digits, never all decimal: "KZ-P" + unique("") is a test's
     * label for a person, and twelve decimal digits could by chance be a well-formed consumer id.
     */
    public static String unique(String prefix) {
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return prefix + (random.chars().allMatch(Character::isDigit) ? "A" + random.substring(1) : random);
    }

    /**
     * A consumer id of the right form, the same for the same label, that nobody was issued:
     * for what reads a filing without the store (a policy replay of a manifest file).
     */
    public static String wellFormedId(String country, String label) {
        return org.caravan.party.ConsumerId.generate(org.caravan.reference.CountryCode.of(country),
                new java.util.Random(label.hashCode())).value();
    }

    public static Map<String, Object> order(String ref, String destination, String consumerId, String name,
            String hsCode, int quantity, String unitPrice) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("platformOrderRef", ref);
        o.put("orderedAt", "2026-11-20T10:15:00Z");
        o.put("seller", Map.of("id", "SELLER-88", "name", "Shenzhen Bright Co", "country", "CN"));
        o.put("buyer", Map.of("name", name, "consumerId", consumerId, "address",
                Map.of("line1", "Abay ave 10", "city", "Almaty", "postcode", "050000", "country", destination)));
        o.put("destinationCountry", destination);
        o.put("currency", "USD");
        o.put("items", List.of(Map.of("sku", "A1", "description", "Goods", "hsCode", hsCode, "quantity", quantity,
                "unitPrice", unitPrice, "originCountry", "CN", "netMassKg", "0.40")));
        o.put("shippingCost", "3.00");
        o.put("payment", Map.of("provider", "ExamplePay", "transactionRef", "PAY-" + ref,
                "amount", new java.math.BigDecimal(unitPrice).multiply(java.math.BigDecimal.valueOf(quantity)).add(new java.math.BigDecimal("3.00")).toPlainString(),
                "paidAt", "2026-11-20T10:15:09Z"));
        o.put("incoterm", "DAP");
        return o;
    }

    public static Map<String, Object> line(String trackingNumber, String platformId, String orderRef, String destination,
            String consumerId, String name, String hsCode, int quantity, String value, String massKg) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("trackingNumber", trackingNumber);
        if (orderRef != null) {
            l.put("platformOrderRef", orderRef);
            l.put("platformId", platformId);
        }
        Map<String, Object> consignee = new LinkedHashMap<>();
        consignee.put("name", name);
        if (consumerId != null) {
            consignee.put("consumerId", consumerId);
        }
        consignee.put("address", Map.of("city", "Almaty", "country", destination));
        l.put("consignee", consignee);
        l.put("grossMassKg", massKg);
        l.put("declaredValue", value);
        l.put("currency", "USD");
        l.put("items", List.of(new LinkedHashMap<>(Map.of("description", "Goods", "hsCode", hsCode, "quantity", quantity,
                "value", value, "originCountry", "CN"))));
        return l;
    }

    public static Map<String, Object> manifest(String ref, String destination, List<Map<String, Object>> lines) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manifestRef", ref);
        m.put("transportMode", "AIR");
        m.put("conveyanceRef", "KC932");
        m.put("departure", Map.of("country", "CN", "location", "CNURM"));
        m.put("arrival", Map.of("country", destination, "location", destination.equals("KZ") ? "KZALA" : "UZTAS",
                "expectedAt", "2026-11-22T04:30:00Z"));
        m.put("route", List.of("CN", destination));
        m.put("consignments", new ArrayList<>(lines));
        return m;
    }
}
