package org.caravan.simulator.internal.pilot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The people and firms of a simulated pilot. Buyers have habits: a propensity to order drawn
 * log-normally, so a few buy often and most once or twice, and a spending level that scales
 * what they pay. Sellers are Chinese shops; a tenth of them habitually undervalue. The listed
 * sellers are entities of the OFAC SDN list of 3 May 2024 (public domain), so that a watchlist
 * imported from that list ({@code ./caravan reference import-watchlist}) names them.
 */
final class PilotPopulation {

    record Buyer(String label, String country, String name, String city, String postcode, double spending) {
    }

    record Seller(String id, String name, boolean undervalues) {
    }

    static final List<Seller> LISTED_SELLERS = List.of(
            new Seller("SELLER-L1", "SHENZHEN YANTU IMPORT EXPORT CO LTD", false),
            new Seller("SELLER-L2", "GUANGZHOU HESEN IMPORT AND EXPORT CO., LTD", false),
            new Seller("SELLER-L3", "SHENZHEN BIGUANG TRADING CO., LTD", false));

    private static final Map<String, List<String>> NAMES = Map.of(
            "KZ", List.of("Aigerim Sadykova", "Nursultan Abenov", "Dana Omarova", "Timur Akhmetov", "Aliya Zhumabekova",
                    "Yerlan Seitkali", "Asel Nurpeisova", "Daniyar Kenzhebekov", "Zhanna Ospanova", "Arman Tulegenov"),
            "KG", List.of("Aibek Toktogulov", "Nazgul Asanova", "Bakyt Mamatov", "Cholpon Abdyldaeva", "Ermek Sydykov",
                    "Aizhan Beishenalieva", "Kubanych Osmonov", "Gulzat Imanalieva"),
            "UZ", List.of("Madina Yusupova", "Rustam Karimov", "Dilnoza Rashidova", "Sardor Tursunov", "Bekzod Nazarov",
                    "Nodira Khasanova", "Jasur Alimov", "Shahnoza Ergasheva", "Otabek Mirzaev", "Feruza Rakhimova"));

    /** Cities with their postcodes, weighted towards the largest. */
    private static final Map<String, List<String[]>> CITIES = Map.of(
            "KZ", List.of(new String[] {"Almaty", "050000"}, new String[] {"Almaty", "050000"}, new String[] {"Astana", "010000"},
                    new String[] {"Shymkent", "160000"}),
            "KG", List.of(new String[] {"Bishkek", "720000"}, new String[] {"Bishkek", "720000"}, new String[] {"Osh", "723500"}),
            "UZ", List.of(new String[] {"Tashkent", "100000"}, new String[] {"Tashkent", "100000"},
                    new String[] {"Samarkand", "140100"}, new String[] {"Namangan", "160100"}));

    private static final List<String> SELLER_TOWNS = List.of("Shenzhen", "Yiwu", "Guangzhou", "Hangzhou", "Dongguan",
            "Ningbo", "Urumqi", "Xiamen");
    private static final List<String> SELLER_WORDS = List.of("Bright", "Harvest", "Lucky Star", "Silk Road", "Sunrise",
            "Golden Bridge", "Bluewave", "Evergreen", "Jade", "Longmen");

    private final Map<String, List<Buyer>> buyers;
    private final Map<String, double[]> cumulative;
    private final List<Seller> sellers;
    private final List<Seller> undervaluing;

    private PilotPopulation(Map<String, List<Buyer>> buyers, Map<String, double[]> cumulative, List<Seller> sellers) {
        this.buyers = buyers;
        this.cumulative = cumulative;
        this.sellers = sellers;
        this.undervaluing = sellers.stream().filter(Seller::undervalues).toList();
    }

    /** Buyers per destination in proportion to the orders expected there, about two orders each. */
    static PilotPopulation draw(SplittableRandom random, Map<String, Integer> expectedOrders, String runTag) {
        Map<String, List<Buyer>> buyers = new TreeMap<>();
        Map<String, double[]> cumulative = new TreeMap<>();
        for (var e : new TreeMap<>(expectedOrders).entrySet()) {
            String country = e.getKey();
            int count = Math.max(10, e.getValue() / 2);
            List<Buyer> list = new ArrayList<>();
            double[] sum = new double[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                List<String> names = NAMES.get(country);
                String[] city = CITIES.get(country).get(random.nextInt(CITIES.get(country).size()));
                list.add(new Buyer(country + "-" + runTag + "-B" + String.format(Locale.ROOT, "%05d", i), country,
                        names.get(random.nextInt(names.size())), city[0], city[1], StrictMath.exp(0.35 * Gaussian.next(random))));
                total += StrictMath.exp(1.1 * Gaussian.next(random));
                sum[i] = total;
            }
            buyers.put(country, List.copyOf(list));
            cumulative.put(country, sum);
        }
        List<Seller> sellers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String name = SELLER_TOWNS.get(random.nextInt(SELLER_TOWNS.size())) + " "
                    + SELLER_WORDS.get(random.nextInt(SELLER_WORDS.size())) + " Trading Co " + (i + 1);
            sellers.add(new Seller("SELLER-" + (1000 + i), name, i % 10 == 7));
        }
        return new PilotPopulation(buyers, cumulative, List.copyOf(sellers));
    }

    /** A buyer in {@code country}, the frequent ones more often. */
    Buyer buyer(SplittableRandom random, String country) {
        double[] sum = cumulative.get(country);
        double pick = random.nextDouble() * sum[sum.length - 1];
        int at = Arrays.binarySearch(sum, pick);
        return buyers.get(country).get(at >= 0 ? at : Math.min(sum.length - 1, -at - 1));
    }

    Seller seller(SplittableRandom random) {
        return sellers.get(random.nextInt(sellers.size()));
    }

    Seller undervaluingSeller(SplittableRandom random) {
        return undervaluing.get(random.nextInt(undervaluing.size()));
    }

    int buyerCount() {
        return buyers.values().stream().mapToInt(List::size).sum();
    }

    int sellerCount() {
        return sellers.size() + LISTED_SELLERS.size();
    }
}
