package org.caravan.simulator.internal.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a pilot's traffic from a seed: orders over the days on each lane, the fraud
 * injected into some of them with its ground truth, and the manifests couriers file as each
 * conveyance departs. Everything random is drawn from one seeded generator in one order, so
 * the same seed and run tag give the same traffic; the run tag only names things, so a
 * second run can be filed into the same store.
 */
public final class CorridorTraffic {

    private static final int MINUTES_PER_DAY = 1440;
    private static final BigDecimal PACKAGING_KG = new BigDecimal("0.10");
    /** Highest value of one part of a split purchase: below 200 EUR at any rate the built-in table holds. */
    private static final double SPLIT_PART_MAX_USD = 195;

    /** Goods that hide under another subheading: true code, description, price, mass, and the code declared. */
    private record Disguise(String hsCode, String description, double medianUsd, String kg, String declaredHs,
            String category) {
    }

    private static final List<Disguise> MISCLASSIFIED = List.of(
            new Disguise("300420", "Antibiotic tablets, 3 packs", 28, "0.20", "210690", "medicines"),
            new Disguise("300490", "Prescription painkillers, 2 packs", 22, "0.15", "330499", "medicines"),
            new Disguise("240412", "Nicotine liquid for e-cigarettes, 10 bottles", 35, "0.40", "330499", "tobacco"));

    private static final List<Disguise> PROHIBITED_GOODS = List.of(
            new Disguise("240220", "Cigarettes, 10 cartons", 60, "2.00", "392490", "tobacco"),
            new Disguise("220860", "Vodka, 2 bottles", 30, "2.40", "732393", "alcohol"),
            new Disguise("240311", "Water-pipe tobacco, 1 kg", 45, "1.10", "392490", "tobacco"));

    private static final List<String> HIGH_VALUE = List.of("phones", "computers", "electronics");
    private static final List<String> FALSE_ORIGINS = List.of("VN", "TR", "KR", "KG");

    private final TrafficSettings settings;
    private final String runTag;
    private final SplittableRandom random;
    private final Catalogue catalogue = Catalogue.bundled();
    private PilotPopulation population;
    private int purchases;

    public record TrafficSettings(long seed, int days, int ordersPerDay, double fraudShare) {
        public TrafficSettings {
            if (days < 1 || ordersPerDay < 1 || fraudShare < 0 || fraudShare > 1) {
                throw new IllegalArgumentException("days and orders per day must be positive and the fraud share 0 to 1");
            }
        }
    }

    private CorridorTraffic(TrafficSettings settings, String runTag) {
        this.settings = settings;
        this.runTag = runTag;
        this.random = new SplittableRandom(settings.seed());
    }

    /** The traffic of a pilot; {@code runTag} (letters and digits) goes into every reference so runs do not collide. */
    public static Traffic generate(TrafficSettings settings, String runTag) {
        if (!runTag.matches("[A-Z0-9]{1,8}")) {
            throw new IllegalArgumentException("run tag must be 1 to 8 capital letters or digits");
        }
        return new CorridorTraffic(settings, runTag).generate();
    }

    private Traffic generate() {
        Map<String, Integer> expected = new TreeMap<>();
        for (TradeLane lane : TradeLane.values()) {
            expected.merge(lane.destination(), (int) Math.round(settings.ordersPerDay() * settings.days() * lane.share()),
                    Integer::sum);
        }
        population = PilotPopulation.draw(random, expected, runTag);
        List<Draft> drafts = new ArrayList<>();
        for (int day = 0; day < settings.days(); day++) {
            // buyers order a fifth more on the pilot week's last two days, and no day is exactly like the last
            double level = (day % 7 >= 5 ? 1.2 : 1.0) * (1 + 0.08 * Gaussian.next(random));
            int orders = (int) Math.max(1, Math.round(settings.ordersPerDay() * level));
            for (int k = 0; k < orders; k++) {
                drafts.addAll(purchase(day * MINUTES_PER_DAY + minuteOfDay()));
            }
        }
        drafts.sort(Comparator.comparingLong(d -> d.orderedAt));
        List<SimParcel> parcels = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            parcels.add(drafts.get(i).parcel(i + 1,
                    "SIM" + runTag + String.format(Locale.ROOT, "%06d", i + 1) + drafts.get(i).lane.destination()));
        }
        return new Traffic(List.copyOf(parcels), manifests(parcels), population.buyerCount(), population.sellerCount());
    }

    /** Evening-heavy: half the orders between 18:00 and midnight on the buyers' clock. */
    private long minuteOfDay() {
        return random.nextDouble() < 0.5 ? 18 * 60 + random.nextInt(6 * 60) : random.nextInt(18 * 60);
    }

    private TradeLane lane() {
        double pick = random.nextDouble();
        for (TradeLane lane : TradeLane.values()) {
            pick -= lane.share();
            if (pick < 0) {
                return lane;
            }
        }
        return TradeLane.values()[TradeLane.values().length - 1];
    }

    private Fraud fraud(TradeLane lane) {
        if (random.nextDouble() >= settings.fraudShare()) {
            return Fraud.NONE;
        }
        double pick = random.nextDouble();
        Fraud fraud = pick < 0.34 ? Fraud.UNDERVALUATION : pick < 0.50 ? Fraud.MISCLASSIFICATION
                : pick < 0.66 ? Fraud.SPLITTING : pick < 0.78 ? Fraud.PROHIBITED : pick < 0.85 ? Fraud.LISTED_PARTY
                : Fraud.FALSE_ORIGIN;
        // Uzbekistan's allowance is per month, not per parcel: splitting gains nothing there
        return fraud == Fraud.SPLITTING && lane.destination().equals("UZ") ? Fraud.UNDERVALUATION : fraud;
    }

    /** One checkout: usually one parcel, a split purchase several. */
    private List<Draft> purchase(long orderedAt) {
        TradeLane lane = lane();
        Fraud fraud = fraud(lane);
        PilotPopulation.Buyer buyer = population.buyer(random, lane.destination());
        String purchase = "P" + runTag + "-" + (++purchases);
        double platformDraw = random.nextDouble();
        // a tenth of the parcels come from platforms not yet connected: no order is filed for them
        String platform = platformDraw < 0.6 ? PilotParties.PLATFORM : platformDraw < 0.9 ? PilotParties.SECOND_PLATFORM : null;
        long ready = orderedAt + 12 * 60 + random.nextInt(24 * 60);
        return switch (fraud) {
            // a purchase split to stay under the threshold is split by a platform's checkout
            case SPLITTING -> split(lane, buyer, purchase, platform == null ? PilotParties.PLATFORM : platform, orderedAt, ready);
            default -> List.of(single(lane, fraud, buyer, purchase, platform, orderedAt, ready));
        };
    }

    private Draft single(TradeLane lane, Fraud fraud, PilotPopulation.Buyer buyer, String purchase, String platform,
            long orderedAt, long ready) {
        Draft d = new Draft(lane, fraud, buyer, purchase, platform, orderedAt, ready);
        d.seller = switch (fraud) {
            case UNDERVALUATION -> population.undervaluingSeller(random);
            case LISTED_PARTY -> PilotPopulation.LISTED_SELLERS.get(random.nextInt(PilotPopulation.LISTED_SELLERS.size()));
            default -> population.seller(random);
        };
        switch (fraud) {
            case UNDERVALUATION -> {
                Catalogue.Product p = catalogue.draw(random, HIGH_VALUE.get(random.nextInt(HIGH_VALUE.size())));
                BigDecimal paid = p.price(random).max(new BigDecimal("40.00"));
                BigDecimal declared = paid.multiply(BigDecimal.valueOf(0.10 + 0.25 * random.nextDouble()))
                        .setScale(2, RoundingMode.HALF_UP);
                // half the sellers lower the price on the platform too, so only the price itself gives them away
                d.item(p.hsCode(), p.hsCode(), p.description(), 1, paid, random.nextBoolean() ? paid : declared, declared,
                        p.kg(), "CN", p.category());
            }
            case MISCLASSIFICATION -> {
                Disguise g = MISCLASSIFIED.get(random.nextInt(MISCLASSIFIED.size()));
                BigDecimal price = price(g.medianUsd(), 0.3);
                d.item(g.hsCode(), g.declaredHs(), g.description(), 1, price, price, price, new BigDecimal(g.kg()), "CN",
                        g.category());
            }
            case PROHIBITED -> {
                Disguise g = PROHIBITED_GOODS.get(random.nextInt(PROHIBITED_GOODS.size()));
                BigDecimal price = price(g.medianUsd(), 0.3);
                if (random.nextBoolean()) {
                    d.item(g.hsCode(), g.hsCode(), g.description(), 1, price, price, price, new BigDecimal(g.kg()), "CN",
                            g.category());
                } else {
                    // hidden: the declaration names harmless goods of the code it gives
                    Catalogue.Product cover = catalogue.draw(random, "household");
                    d.item(g.hsCode(), cover.hsCode(), cover.description(), 1, price, price, price, new BigDecimal(g.kg()), "CN",
                            g.category());
                }
            }
            default -> ordinaryGoods(d, fraud == Fraud.FALSE_ORIGIN ? FALSE_ORIGINS.get(random.nextInt(FALSE_ORIGINS.size()))
                    : "CN");
        }
        return d;
    }

    private void ordinaryGoods(Draft d, String declaredOrigin) {
        int lines = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
        for (int i = 0; i < lines; i++) {
            Catalogue.Product p = catalogue.draw(random);
            int quantity = random.nextDouble() < 0.8 ? 1 : 2;
            BigDecimal unit = p.price(random).multiply(BigDecimal.valueOf(d.buyer.spending())).setScale(2, RoundingMode.HALF_UP)
                    .max(new BigDecimal("1.00"));
            d.item(p.hsCode(), p.hsCode(), p.description(), quantity, unit, unit, unit, p.kg(), declaredOrigin, p.category());
        }
    }

    /** One purchase above the threshold sent as two or three parcels, each below it, to the same buyer the same day. */
    private List<Draft> split(TradeLane lane, PilotPopulation.Buyer buyer, String purchase, String platform, long orderedAt,
            long ready) {
        PilotPopulation.Seller seller = population.seller(random);
        int parts = 2 + random.nextInt(2);
        List<Draft> drafts = new ArrayList<>();
        BigDecimal whole = BigDecimal.ZERO;
        for (int i = 0; i < parts; i++) {
            Catalogue.Product p = catalogue.draw(random, HIGH_VALUE.get(random.nextInt(HIGH_VALUE.size())));
            BigDecimal unit = BigDecimal.valueOf(120 + random.nextDouble() * (SPLIT_PART_MAX_USD - 120))
                    .setScale(2, RoundingMode.HALF_UP);
            Draft d = new Draft(lane, Fraud.SPLITTING, buyer, purchase, platform, orderedAt + i, ready);
            d.seller = seller;
            d.item(p.hsCode(), p.hsCode(), p.description(), 1, unit, unit, unit, p.kg(), "CN", p.category());
            whole = whole.add(unit);
            drafts.add(d);
        }
        for (Draft d : drafts) {
            d.trueValue = whole;
        }
        return drafts;
    }

    private BigDecimal price(double median, double spread) {
        return BigDecimal.valueOf(median * StrictMath.exp(spread * Gaussian.next(random))).setScale(2, RoundingMode.HALF_UP);
    }

    /** Each lane's departures, each carrying the parcels that became ready since the one before. */
    private List<SimManifest> manifests(List<SimParcel> parcels) {
        List<SimManifest> manifests = new ArrayList<>();
        Map<TradeLane, List<SimParcel>> byLane = new EnumMap<>(TradeLane.class);
        parcels.forEach(p -> byLane.computeIfAbsent(p.lane(), l -> new ArrayList<>()).add(p));
        for (TradeLane lane : TradeLane.values()) {
            List<SimParcel> waiting = new ArrayList<>(byLane.getOrDefault(lane, List.of()));
            waiting.sort(Comparator.comparingLong(SimParcel::readyAt));
            int departure = 0;
            int next = 0;
            while (next < waiting.size()) {
                long departsAt = departureTime(lane, departure++);
                List<SimParcel> load = new ArrayList<>();
                while (next < waiting.size() && waiting.get(next).readyAt() <= departsAt) {
                    load.add(waiting.get(next++));
                }
                if (!load.isEmpty()) {
                    String ref = (lane.transportMode().equals("AIR") ? "MAWB-" : "TIR-") + runTag + "-" + lane.arrival()
                            + "-" + String.format(Locale.ROOT, "%03d", departure);
                    String conveyance = lane.transportMode().equals("AIR") ? "KC" + (930 + departure % 9) : "TRUCK-" + runTag
                            + "-" + departure;
                    manifests.add(new SimManifest(ref, conveyance, lane, departsAt, departsAt + lane.transitHours() * 60L,
                            List.copyOf(load)));
                }
            }
        }
        manifests.sort(Comparator.comparingLong(SimManifest::departsAt).thenComparing(SimManifest::manifestRef));
        return List.copyOf(manifests);
    }

    /** Departures at 18:00, or at 06:00 and 18:00 for a lane with two a day. */
    private static long departureTime(TradeLane lane, int n) {
        int perDay = lane.departuresPerDay();
        long day = n / perDay;
        int slot = n % perDay;
        long hour = perDay == 1 ? 18 : 6 + slot * 12L;
        return day * MINUTES_PER_DAY + hour * 60;
    }

    /** A parcel being put together; its tracking number is given once all are sorted by time. */
    private static final class Draft {
        final TradeLane lane;
        final Fraud fraud;
        final PilotPopulation.Buyer buyer;
        final String purchase;
        final String platform;
        final long orderedAt;
        final long readyAt;
        PilotPopulation.Seller seller;
        String category;
        String trueHs;
        BigDecimal trueValue = BigDecimal.ZERO;
        BigDecimal declared = BigDecimal.ZERO;
        BigDecimal kg = PACKAGING_KG;
        final List<Map<String, Object>> orderItems = new ArrayList<>();
        final List<Map<String, Object>> lineItems = new ArrayList<>();
        BigDecimal orderTotal = BigDecimal.ZERO;

        Draft(TradeLane lane, Fraud fraud, PilotPopulation.Buyer buyer, String purchase, String platform, long orderedAt,
                long readyAt) {
            this.lane = lane;
            this.fraud = fraud;
            this.buyer = buyer;
            this.purchase = purchase;
            this.platform = platform;
            this.orderedAt = orderedAt;
            this.readyAt = readyAt;
        }

        /** One line: the unit price paid, the one on the platform's order and the one declared to customs. */
        void item(String trueHs, String declaredHs, String description, int quantity, BigDecimal paid, BigDecimal onOrder,
                BigDecimal onDeclaration, BigDecimal unitKg, String declaredOrigin, String category) {
            if (this.category == null) {
                this.category = category;
                this.trueHs = trueHs;
            }
            BigDecimal q = BigDecimal.valueOf(quantity);
            trueValue = trueValue.add(paid.multiply(q));
            declared = declared.add(onDeclaration.multiply(q));
            orderTotal = orderTotal.add(onOrder.multiply(q));
            kg = kg.add(unitKg.multiply(q));
            orderItems.add(Map.of("sku", "SKU-" + declaredHs, "description", description, "hsCode", declaredHs,
                    "quantity", quantity, "unitPrice", onOrder.toPlainString(), "originCountry", declaredOrigin,
                    "netMassKg", unitKg.toPlainString()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("description", description);
            line.put("hsCode", declaredHs);
            line.put("quantity", quantity);
            line.put("value", onDeclaration.multiply(q).toPlainString());
            line.put("originCountry", declaredOrigin);
            lineItems.add(line);
        }

        SimParcel parcel(int serial, String trackingNumber) {
            String orderRef = "ORD-" + trackingNumber;
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("line1", "Street " + (serial % 300 + 1));
            address.put("city", buyer.city());
            address.put("postcode", buyer.postcode());
            address.put("country", buyer.country());
            Map<String, Object> order = null;
            if (platform != null) {
                order = new LinkedHashMap<>();
                order.put("platformOrderRef", orderRef);
                order.put("seller", Map.of("id", seller.id(), "name", seller.name(), "country", "CN"));
                order.put("buyer", Map.of("name", buyer.name(), "consumerId", buyer.label(), "address", address));
                order.put("destinationCountry", buyer.country());
                order.put("currency", "USD");
                order.put("items", List.copyOf(orderItems));
                order.put("shippingCost", "3.00");
                order.put("payment", Map.of("provider", "ExamplePay", "transactionRef", "PAY-" + orderRef,
                        "amount", orderTotal.add(new BigDecimal("3.00")).toPlainString()));
                order.put("incoterm", "DAP");
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("trackingNumber", trackingNumber);
            if (platform != null) {
                line.put("platformOrderRef", orderRef);
                line.put("platformId", platform);
            }
            line.put("consignee", Map.of("name", buyer.name(), "consumerId", buyer.label(), "address",
                    Map.of("city", buyer.city(), "postcode", buyer.postcode(), "country", buyer.country())));
            line.put("grossMassKg", kg.setScale(3, RoundingMode.HALF_UP).toPlainString());
            line.put("declaredValue", declared.toPlainString());
            line.put("currency", "USD");
            line.put("items", List.copyOf(lineItems));
            return new SimParcel(serial, trackingNumber, lane, category, HsSections.of(trueHs), fraud, purchase, orderedAt, readyAt,
                    buyer.label(), platform, declared, trueValue, order, line);
        }
    }
}
