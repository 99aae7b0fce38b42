package org.caravan.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Benchmark traffic as a corridor sees it on an ordinary day, not the worst case: most
 * parcels have their platform order filed beforehand, a few per cent are risky, parcels go
 * to Kazakhstan, Uzbekistan and Kyrgyzstan, and recipients receive several parcels, so the
 * Uzbek monthly quota per recipient is spent and sometimes exceeded.
 *
 * <p>Parcel {@code i} depends only on the seed, the run tag and {@code i}, so orders can be
 * filed by several threads, and a million-line manifest generated line by line, without
 * holding the traffic in memory.
 */
public final class BenchTraffic {

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

    /** Per mille of parcels with a platform order filed before the manifest. */
    public static final int ORDERS_PER_MILLE = 900;
    /** Per mille of parcels of each risky kind: prohibited goods, goods needing documents, undervalued goods. */
    public static final int RISKY_PER_MILLE_EACH = 10;
    /** Parcels per recipient on average, so quotas counted per recipient are exercised. */
    public static final int PARCELS_PER_RECIPIENT = 4;

    /** What a parcel is meant to trigger in the service's risk profile and reference data. */
    public enum Kind {
        ORDINARY,
        /** Cigarettes (HS 240220): prohibited in international post by the pilot tariff, so inspected. */
        PROHIBITED,
        /** Medicines (HS 300490): the pilot tariff asks for a registration check before release. */
        DOCUMENTS,
        /** A smartphone (HS 851713) declared below the risk profile's floor of 30 USD a unit. */
        UNDERVALUED
    }

    /**
     * One parcel: its manifest line and, when the platform filed one, its order and the
     * platform that filed it.
     */
    public record Parcel(int index, String trackingNumber, String destination, String recipient, Kind kind,
            String platform, Map<String, Object> order, Map<String, Object> line) {

        public boolean hasOrder() {
            return order != null;
        }
    }

    private record Destination(String country, String city, String postcode, int perMille) {
    }

    /** Half to Kazakhstan, a third to Uzbekistan (quota per recipient), the rest to Kyrgyzstan. */
    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("KZ", "Almaty", "050000", 500),
            new Destination("UZ", "Tashkent", "100000", 350),
            new Destination("KG", "Bishkek", "720000", 150));

    private static final Map<Kind, Product> RISKY_GOODS = Map.of(
            Kind.PROHIBITED, new Product("240220", "Cigarettes, 10 cartons", "60.00", "2.00"),
            Kind.DOCUMENTS, new Product("300490", "Vitamin supplement medicine", "24.00", "0.20"),
            Kind.UNDERVALUED, new Product("851713", "Smartphone, 256 GB", "12.00", "0.40"));

    private static final List<String> GIVEN_NAMES = List.of("Aigerim", "Nursultan", "Dana", "Timur", "Madina", "Rustam",
            "Dilnoza", "Sardor", "Aliya", "Yerlan", "Gulnara", "Bekzod", "Aibek", "Nilufar", "Azamat", "Zarina");
    private static final List<String> FAMILY_NAMES = List.of("Sadykova", "Abenov", "Omarova", "Akhmetov", "Yusupova",
            "Karimov", "Rashidova", "Tursunov", "Zhumabekova", "Seitkali", "Ismailova", "Nazarov", "Usenov", "Toktogulova");

    /**
     * The consumer id customs issued a recipient, or empty for a recipient who quotes none
     * (then known by name and postcode, which clearance counts as one person just the same).
     */
    @FunctionalInterface
    public interface ConsumerIdsOf {

        Optional<String> of(String country, int person);

        ConsumerIdsOf NONE = (country, person) -> Optional.empty();
    }

    private final long seed;
    private final String tag;
    private final int parcels;
    private final boolean ordersFiled;
    private final List<String> platforms;
    private final Instant orderedAt;
    private final ConsumerIdsOf consumerIds;

    /**
     * @param seed what makes the traffic repeatable
     * @param tag letters and digits that make this run's tracking numbers, order references and recipients unique in the store
     * @param parcels how many parcels the run will draw, which sizes the pool of recipients
     * @param ordersFiled false for filler traffic whose lines quote no order
     * @param platforms client ids of the platforms that file the orders
     * @param orderedAt when the orders were placed
     */
    public BenchTraffic(long seed, String tag, int parcels, boolean ordersFiled, List<String> platforms, Instant orderedAt) {
        this(seed, tag, parcels, ordersFiled, platforms, orderedAt, ConsumerIdsOf.NONE);
    }

    /** The same traffic, with recipients quoting the consumer ids {@code consumerIds} gives. */
    public BenchTraffic(long seed, String tag, int parcels, boolean ordersFiled, List<String> platforms, Instant orderedAt,
            ConsumerIdsOf consumerIds) {
        this.consumerIds = consumerIds;
        this.seed = seed;
        this.tag = tag;
        this.parcels = parcels;
        this.ordersFiled = ordersFiled;
        this.platforms = List.copyOf(platforms);
        this.orderedAt = orderedAt;
    }

    public String tag() {
        return tag;
    }

    public String trackingNumber(int index) {
        return "BN" + tag + String.format("%07d", index);
    }

    public Parcel parcel(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Destination destination = destination(random.nextInt(1000));
        Kind kind = kind(random.nextInt(1000));
        boolean withOrder = ordersFiled && random.nextInt(1000) < ORDERS_PER_MILLE;
        int person = random.nextInt(recipients(destination));
        String recipient = destination.country() + "-B" + tag + person;
        Optional<String> consumerId = consumerIds.of(destination.country(), person);
        // a recipient without a consumer id is told apart by a postcode of their own
        String postcode = consumerId.isPresent() ? destination.postcode() : postcodeOf(person);
        String name = GIVEN_NAMES.get(person % GIVEN_NAMES.size()) + " "
                + FAMILY_NAMES.get((person / GIVEN_NAMES.size()) % FAMILY_NAMES.size());
        String platform = platforms.get(random.nextInt(platforms.size()));
        String tracking = trackingNumber(index);
        String orderRef = "BO-" + tag + "-" + index;

        List<Map<String, Object>> orderItems = new ArrayList<>();
        List<Map<String, Object>> lineItems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal kg = new BigDecimal("0.10");
        for (Product p : goods(kind, random)) {
            int quantity = kind == Kind.ORDINARY ? 1 + random.nextInt(2) : 1;
            BigDecimal price = new BigDecimal(p.price());
            BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
            total = total.add(value);
            kg = kg.add(new BigDecimal(p.kg()).multiply(BigDecimal.valueOf(quantity)));
            orderItems.add(item("sku", "SKU-" + p.hsCode(), "description", p.description(), "hsCode", p.hsCode(),
                    "quantity", quantity, "unitPrice", price.toPlainString(), "originCountry", "CN", "netMassKg", p.kg()));
            lineItems.add(item("description", p.description(), "hsCode", p.hsCode(), "quantity", quantity,
                    "value", value.toPlainString(), "originCountry", "CN"));
        }

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("trackingNumber", tracking);
        if (withOrder) {
            line.put("platformOrderRef", orderRef);
            line.put("platformId", platform);
        }
        line.put("consignee", consignee(name, consumerId, Map.of("city", destination.city(), "postcode", postcode,
                "country", destination.country())));
        line.put("grossMassKg", kg.setScale(3, RoundingMode.HALF_UP).toPlainString());
        line.put("declaredValue", total.toPlainString());
        line.put("currency", "USD");
        line.put("items", lineItems);
        Map<String, Object> order = withOrder
                ? order(orderRef, index, name, consumerId, postcode, destination, orderItems, total) : null;
        return new Parcel(index, tracking, destination.country(), recipient, kind, withOrder ? platform : null, order, line);
    }

    private Map<String, Object> order(String ref, int index, String name, Optional<String> consumerId, String postcode,
            Destination destination, List<Map<String, Object>> items, BigDecimal total) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("platformOrderRef", ref);
        order.put("orderedAt", orderedAt.toString());
        order.put("seller", Map.of("id", "SELLER-" + (10 + index % 7), "name", "Shenzhen Bright Co " + (index % 7),
                "country", "CN"));
        order.put("buyer", consignee(name, consumerId, Map.of("line1", "Street " + (1 + index % 90),
                "city", destination.city(), "postcode", postcode, "country", destination.country())));
        order.put("destinationCountry", destination.country());
        order.put("currency", "USD");
        order.put("items", items);
        order.put("shippingCost", "3.00");
        order.put("payment", Map.of("provider", "ExamplePay", "transactionRef", "PAY-" + ref,
                "amount", total.add(new BigDecimal("3.00")).toPlainString(), "paidAt", orderedAt.plusSeconds(9).toString()));
        order.put("incoterm", "DAP");
        return order;
    }

    private static Map<String, Object> consignee(String name, Optional<String> consumerId, Map<String, Object> address) {
        Map<String, Object> consignee = new LinkedHashMap<>();
        consignee.put("name", name);
        consumerId.ifPresent(id -> consignee.put("consumerId", id));
        consignee.put("address", address);
        return consignee;
    }

    /** Up to 20 characters: the run's tag (letters and digits) and the person, both cut to fit. */
    private String postcodeOf(int person) {
        String number = Integer.toString(person, 36).toUpperCase();
        String prefix = tag.length() + number.length() + 1 > 20 ? tag.substring(tag.length() - (19 - number.length())) : tag;
        return prefix + "-" + number;
    }

    /** How many recipients the traffic draws in {@code country}, numbered from 0. */
    public int recipients(String country) {
        return DESTINATIONS.stream().filter(d -> d.country().equals(country)).findFirst().map(this::recipients).orElse(0);
    }

    /** The destinations the traffic goes to. */
    public static List<String> countries() {
        return DESTINATIONS.stream().map(Destination::country).toList();
    }

    /** Enough recipients in a destination that each receives {@link #PARCELS_PER_RECIPIENT} of its parcels on average. */
    private int recipients(Destination destination) {
        return Math.max(1, (int) ((long) parcels * destination.perMille() / 1000 / PARCELS_PER_RECIPIENT));
    }

    private static Destination destination(int draw) {
        int cumulative = 0;
        for (Destination d : DESTINATIONS) {
            cumulative += d.perMille();
            if (draw < cumulative) {
                return d;
            }
        }
        return DESTINATIONS.get(0);
    }

    private static Kind kind(int draw) {
        if (draw < RISKY_PER_MILLE_EACH) {
            return Kind.PROHIBITED;
        }
        if (draw < 2 * RISKY_PER_MILLE_EACH) {
            return Kind.DOCUMENTS;
        }
        if (draw < 3 * RISKY_PER_MILLE_EACH) {
            return Kind.UNDERVALUED;
        }
        return Kind.ORDINARY;
    }

    private static List<Product> goods(Kind kind, SplittableRandom random) {
        if (kind != Kind.ORDINARY) {
            return List.of(RISKY_GOODS.get(kind));
        }
        List<Product> picks = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            Product p = CATALOGUE.get(random.nextInt(CATALOGUE.size()));
            if (picks.stream().noneMatch(x -> x.hsCode().equals(p.hsCode()))) {
                picks.add(p);
            }
        }
        return picks;
    }

    /** An item in the order the API documents its fields, which {@code Map.of} would not keep. */
    private static Map<String, Object> item(Object... keysAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            item.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return item;
    }
}
