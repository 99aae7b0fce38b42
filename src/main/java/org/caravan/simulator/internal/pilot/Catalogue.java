package org.caravan.simulator.internal.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** What simulated buyers order ({@code simulator/catalogue.csv}), drawn by weight, priced log-normally. */
final class Catalogue {

    record Product(String category, String hsCode, String description, int weight, double medianUsd, double spread,
            BigDecimal kg) {

        /** A unit price in USD drawn around the median, to the cent. */
        BigDecimal price(SplittableRandom random) {
            double price = medianUsd * StrictMath.exp(spread * Gaussian.next(random));
            return BigDecimal.valueOf(Math.max(1.0, price)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    private final List<Product> products;
    private final int totalWeight;

    private Catalogue(List<Product> products) {
        this.products = List.copyOf(products);
        this.totalWeight = products.stream().mapToInt(Product::weight).sum();
    }

    static Catalogue bundled() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = Catalogue.class.getResourceAsStream("/simulator/catalogue.csv");
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                        .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Product> products = new ArrayList<>();
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                products.add(new Product(r.get("category"), r.get("hs_code"), r.get("description"),
                        Integer.parseInt(r.get("weight")), Double.parseDouble(r.get("median_usd")),
                        Double.parseDouble(r.get("spread")), new BigDecimal(r.get("kg"))));
            }
            return new Catalogue(products);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Product draw(SplittableRandom random) {
        int pick = random.nextInt(totalWeight);
        for (Product p : products) {
            pick -= p.weight();
            if (pick < 0) {
                return p;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    /** One of the products in {@code category}, by weight. */
    Product draw(SplittableRandom random, String category) {
        List<Product> of = products.stream().filter(p -> p.category().equals(category)).toList();
        int pick = random.nextInt(of.stream().mapToInt(Product::weight).sum());
        for (Product p : of) {
            pick -= p.weight();
            if (pick < 0) {
                return p;
            }
        }
        throw new IllegalArgumentException("no product of category " + category);
    }
}
