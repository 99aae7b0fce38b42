package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Money;
import org.caravan.reference.Restriction;
import org.caravan.reference.Watchlist;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The signals found in code, each a fact with its reason text; what they weigh is the
 * profile's to say (risk/default-profile.yaml for the bundled weights).
 */
@Configuration
public class Detectors {

    /**
     * Declared value that does not add up to the items: a tolerance of 1 % (at least a cent)
     * leaves rounding of converted or discounted lines alone.
     */
    static final BigDecimal VALUE_TOLERANCE = new BigDecimal("0.01");
    /** Five grams per unit: lighter than any goods of the pilot tariff with their packing. */
    static final BigDecimal MINIMUM_GROSS_MASS_KG_PER_UNIT = new BigDecimal("0.005");

    /**
     * Goods the law restricts: prohibited in post, or licensed goods with or without a permit
     * the registry found valid.
     */
    @Bean
    @Order(1)
    public SignalDetector restrictedGoods(HsNomenclature nomenclature) {
        return new SignalDetector() {

            @Override
            public void detect(FiledConsignment c, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
                detect(c, jurisdiction, item -> false, signals);
            }

            @Override
            public void detect(FiledConsignment c, CountryCode jurisdiction, Predicate<FiledConsignment.Item> permitted,
                    Consumer<RiskSignal> signals) {
                for (FiledConsignment.Item item : c.items()) {
                    nomenclature.restriction(item.hsCode()).ifPresent(r -> {
                        String goods = item.hsCode().subheading() + " " + nomenclature.category(item.hsCode());
                        if (r.kind() == Restriction.Kind.PROHIBITED_IN_POST) {
                            signals.accept(new RiskSignal("prohibited-goods", goods + ": " + r.source()));
                        } else if (permitted.test(item)) {
                            signals.accept(new RiskSignal("permit-checked", goods + ": permit "
                                    + item.permitRef().orElseThrow() + " found valid in the permit registry"));
                        } else {
                            signals.accept(new RiskSignal("documents-required", goods + ": " + r.source()));
                        }
                    });
                }
            }

            @Override
            public Set<String> signals() {
                return Set.of("prohibited-goods", "permit-checked", "documents-required");
            }
        };
    }

    /**
     * Consignee or seller matching a watchlist entry, through any of its names and despite
     * transliteration, word order, initials or a misspelt letter; the reason names the entry,
     * the name that matched and how closely.
     */
    @Bean
    @Order(2)
    public SignalDetector watchlistParties(Watchlist watchlist) {
        return detector(Set.of("watchlist-consignee", "watchlist-seller"), (c, jurisdiction, signals) -> {
            String consignee = c.consignee().name();
            watchlist.screen(consignee).ifPresent(hit -> signals.accept(new RiskSignal("watchlist-consignee",
                    hit.reason("consignee", consignee))));
            c.sellerName().ifPresent(seller -> watchlist.screen(seller).ifPresent(hit -> signals.accept(
                    new RiskSignal("watchlist-seller", hit.reason("seller", seller)))));
        });
    }

    /** Discrepancies three-way matching found between order, payment and manifest line, a missing order among them. */
    @Bean
    @Order(3)
    public SignalDetector orderMismatch() {
        Set<String> names = Arrays.stream(MatchSignal.Kind.values()).map(Detectors::signalName).collect(Collectors.toSet());
        return detector(names, (c, jurisdiction, signals) -> c.matchSignals().forEach(
                s -> signals.accept(new RiskSignal(signalName(s.kind()), s.detail()))));
    }

    /** {@code ORDER_NOT_FOUND} is weighed as {@code order-not-found}. */
    static String signalName(MatchSignal.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Declared value that differs from the sum of the item values by more than the tolerance. */
    @Bean
    @Order(4)
    public SignalDetector inconsistentValue() {
        return detector(Set.of("inconsistent-value"), (c, jurisdiction, signals) -> {
            Money items = c.items().stream().map(FiledConsignment.Item::value).reduce(Money::plus).orElseThrow();
            BigDecimal gap = items.amount().subtract(c.declaredValue().amount()).abs();
            if (gap.compareTo(items.amount().multiply(VALUE_TOLERANCE).max(new BigDecimal("0.01"))) > 0) {
                signals.accept(new RiskSignal("inconsistent-value", "declared value " + c.declaredValue()
                        + " differs from the sum of item values " + items));
            }
        });
    }

    /** Gross mass too low for the number of units declared. */
    @Bean
    @Order(5)
    public SignalDetector implausibleMass() {
        return detector(Set.of("implausible-mass"), (c, jurisdiction, signals) -> {
            int units = c.items().stream().mapToInt(FiledConsignment.Item::quantity).sum();
            if (c.grossMassKg().compareTo(MINIMUM_GROSS_MASS_KG_PER_UNIT.multiply(BigDecimal.valueOf(units))) < 0) {
                signals.accept(new RiskSignal("implausible-mass", c.grossMassKg() + " kg gross for " + units + " units"));
            }
        });
    }

    /** The detection itself, without the names it raises. */
    @FunctionalInterface
    interface Detection {

        void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals);
    }

    static SignalDetector detector(Set<String> names, Detection detection) {
        return new SignalDetector() {

            @Override
            public void detect(FiledConsignment c, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
                detection.detect(c, jurisdiction, signals);
            }

            @Override
            public Set<String> signals() {
                return names;
            }
        };
    }
}
