package org.caravan.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Generates pilot traffic: orders as platforms file them and the manifest lines couriers
 * file for them, with a known set of deliberately risky parcels.
 */
public class PilotTraffic {

    /** A product a parcel may carry: HS subheading, description, unit price in USD, unit mass. */
    record Product(String hsCode, String description, String price, String kg) {
    }

    static final List<Product> CATALOGUE = List.of(
            new Product("610910", "Cotton T-shirt, printed", "9.90", "0.20"),
            new Product("620462", "Women's cotton trousers", "24.00", "0.45"),
            new Product("640411", "Running shoes, textile upper", "39.00", "0.80"),
            new Product("420222", "Tote bag, textile", "14.50", "0.30"),
            new Product("851830", "Wireless earbuds", "29.00", "0.10"),
            new Product("850440", "USB-C phone charger", "12.00", "0.12"),
            new Product("330499", "Face cream", "18.00", "0.15"),
            new Product("950300", "Building blocks set", "22.00", "0.60"),
            new Product("732393", "Stainless steel water bottle", "11.00", "0.35"),
            new Product("950691", "Yoga mat", "19.00", "1.10"),
            new Product("490199", "Paperback book", "8.00", "0.40"),
            new Product("711719", "Fashion earrings", "6.50", "0.05"));

    /** What a generated parcel is meant to show. */
    public enum Scenario {
        ORDINARY, EXPENSIVE, HEAVY, PROHIBITED, UNDERVALUED, MEDICINE, NO_ORDER, UZ_QUOTA
    }

    public record Parcel(String trackingNumber, String destination, Scenario scenario, Map<String, Object> order,
            Map<String, Object> line) {
    }

    private final Random random;
    private final String runId;
    private final BiFunction<String, String, String> consumerIdOf;

    public PilotTraffic(long seed, String runId) {
        this(seed, runId, (label, country) -> label);
    }

    /**
     * {@code consumerIdOf} gives the consumer id customs issued the recipient a label names
     * (its destination the country), so the traffic quotes ids that filing accepts.
     */
    public PilotTraffic(long seed, String runId, BiFunction<String, String, String> consumerIdOf) {
        this.consumerIdOf = consumerIdOf;
        this.random = new Random(seed);
        this.runId = runId;
    }

    public List<Parcel> generate(int kz, int uz) {
        List<Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < kz; i++) {
            parcels.add(parcel("KZ", i, kzScenario(i)));
        }
        for (int i = 0; i < uz; i++) {
            parcels.add(parcel("UZ", i, i < 3 ? Scenario.UZ_QUOTA : i == 3 ? Scenario.PROHIBITED : Scenario.ORDINARY));
        }
        return parcels;
    }

    private static Scenario kzScenario(int i) {
        return switch (i) {
            case 0 -> Scenario.EXPENSIVE;
            case 1 -> Scenario.HEAVY;
            case 2 -> Scenario.PROHIBITED;
            case 3 -> Scenario.UNDERVALUED;
            case 4 -> Scenario.MEDICINE;
            case 5 -> Scenario.NO_ORDER;
            case 6 -> Scenario.EXPENSIVE;
            default -> Scenario.ORDINARY;
        };
    }

    private Parcel parcel(String destination, int i, Scenario scenario) {
        String tracking = "CRV" + runId + String.format("%05d", i) + destination;
        String platform = i % 3 == 0 ? "demo-platform-2" : "demo-platform";
        String orderRef = "ORD-" + runId + "-" + destination + "-" + i;
        String consumer = consumerIdOf.apply(scenario == Scenario.UZ_QUOTA ? "UZ-P" + runId + "QUOTA"
                : destination + "-P" + runId + String.format("%05d", i), destination);
        List<Map<String, Object>> orderItems = new ArrayList<>();
        List<Map<String, Object>> lineItems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal kg = new BigDecimal("0.10");
        List<Product> picks = picks(scenario);
        for (Product p : picks) {
            int qty = scenario == Scenario.ORDINARY ? 1 + random.nextInt(2) : 1;
            BigDecimal price = new BigDecimal(p.price());
            BigDecimal value = price.multiply(BigDecimal.valueOf(qty));
            total = total.add(value);
            kg = kg.add(new BigDecimal(p.kg()).multiply(BigDecimal.valueOf(qty)));
            orderItems.add(Map.of("sku", "SKU-" + p.hsCode(), "description", p.description(), "hsCode", p.hsCode(),
                    "quantity", qty, "unitPrice", price.toPlainString(), "originCountry", "CN", "netMassKg", p.kg()));
            lineItems.add(new LinkedHashMap<>(Map.of("description", p.description(), "hsCode", p.hsCode(), "quantity", qty,
                    "value", value.toPlainString(), "originCountry", "CN")));
        }
        if (scenario == Scenario.HEAVY) {
            kg = new BigDecimal("35.500");
        }
        BigDecimal declared = total;
        if (scenario == Scenario.UNDERVALUED) {
            declared = new BigDecimal("5.00");
            lineItems.get(0).put("value", "5.00");
        }
        String name = NAMES.get(random.nextInt(NAMES.size()));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("platformOrderRef", orderRef);
        order.put("orderedAt", Instant.now().minusSeconds(86_400L * 3).toString());
        order.put("seller", Map.of("id", "SELLER-" + (10 + i % 7), "name", "Shenzhen Bright Co " + (i % 7), "country", "CN"));
        order.put("buyer", Map.of("name", name, "consumerId", consumer,
                "address", Map.of("line1", "Street " + (i + 1), "city", destination.equals("KZ") ? "Almaty" : "Tashkent",
                        "postcode", destination.equals("KZ") ? "050000" : "100000", "country", destination)));
        order.put("destinationCountry", destination);
        order.put("currency", "USD");
        order.put("items", orderItems);
        order.put("shippingCost", "3.00");
        order.put("payment", Map.of("provider", "ExamplePay", "transactionRef", "PAY-" + orderRef,
                "amount", total.add(new BigDecimal("3.00")).toPlainString(), "paidAt", Instant.now().minusSeconds(86_000L * 3).toString()));
        order.put("incoterm", "DAP");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("trackingNumber", tracking);
        if (scenario != Scenario.NO_ORDER) {
            line.put("platformOrderRef", orderRef);
            line.put("platformId", platform);
        }
        line.put("consignee", Map.of("name", name, "consumerId", consumer, "address",
                Map.of("city", destination.equals("KZ") ? "Almaty" : "Tashkent", "country", destination)));
        line.put("grossMassKg", kg.setScale(3, RoundingMode.HALF_UP).toPlainString());
        line.put("declaredValue", declared.toPlainString());
        line.put("currency", "USD");
        line.put("items", lineItems);
        return new Parcel(tracking, destination, scenario, scenario == Scenario.NO_ORDER ? null : withPlatform(order, platform), line);
    }

    private static Map<String, Object> withPlatform(Map<String, Object> order, String platform) {
        order.put("_platform", platform);
        return order;
    }

    private List<Product> picks(Scenario scenario) {
        return switch (scenario) {
            case EXPENSIVE -> List.of(new Product("847130", "Laptop, 14 inch", "649.00", "1.60"));
            case HEAVY -> List.of(new Product("950691", "Home exercise bench", "89.00", "34.00"));
            case PROHIBITED -> List.of(new Product("240220", "Cigarettes, 10 cartons", "60.00", "2.00"));
            case UNDERVALUED -> List.of(new Product("851713", "Smartphone, 256 GB", "349.00", "0.40"));
            case MEDICINE -> List.of(new Product("300490", "Prescription medicine", "45.00", "0.20"));
            case UZ_QUOTA -> List.of(new Product("851830", "Noise-cancelling headphones", "89.00", "0.50"));
            default -> {
                List<Product> picks = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    Product p = CATALOGUE.get(random.nextInt(CATALOGUE.size()));
                    if (picks.stream().noneMatch(x -> x.hsCode().equals(p.hsCode()))) {
                        picks.add(p);
                    }
                }
                yield picks;
            }
        };
    }

    private static final List<String> NAMES = List.of("Aigerim Sadykova", "Nursultan Abenov", "Dana Omarova",
            "Timur Akhmetov", "Madina Yusupova", "Rustam Karimov", "Dilnoza Rashidova", "Sardor Tursunov",
            "Aliya Zhumabekova", "Yerlan Seitkali", "Gulnara Ismailova", "Bekzod Nazarov");
}
