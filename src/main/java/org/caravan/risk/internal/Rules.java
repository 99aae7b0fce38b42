package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Currencies;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Restriction;
import org.caravan.reference.Watchlist;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskReason;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The rules of the first risk profile, each a named policy. */
@Configuration
class Rules {

    /**
     * Goods the law restricts: prohibited in post go to inspection, licensed goods to a
     * documentary check unless the item quotes a permit the registry found valid.
     */
    @Bean
    @Order(1)
    RiskRule restrictedGoods(HsNomenclature nomenclature) {
        return new RiskRule() {

            @Override
            public void evaluate(FiledConsignment c, CountryCode jurisdiction, Consumer<RiskReason> reasons) {
                evaluate(c, jurisdiction, item -> false, reasons);
            }

            @Override
            public void evaluate(FiledConsignment c, CountryCode jurisdiction, Predicate<FiledConsignment.Item> permitted,
                    Consumer<RiskReason> reasons) {
                c.items().forEach(item -> nomenclature.restriction(item.hsCode()).ifPresent(r -> {
                    String goods = item.hsCode().subheading() + " " + nomenclature.category(item.hsCode());
                    if (r.kind() == Restriction.Kind.PROHIBITED_IN_POST) {
                        reasons.accept(new RiskReason("prohibited-goods", goods + ": " + r.source(), 100, Lane.RED));
                    } else if (permitted.test(item)) {
                        reasons.accept(new RiskReason("permit-checked", goods + ": permit " + item.permitRef().orElseThrow()
                                + " found valid in the permit registry", 0, Lane.GREEN));
                    } else {
                        reasons.accept(new RiskReason("documents-required", goods + ": " + r.source(), 0, Lane.YELLOW));
                    }
                }));
            }
        };
    }

    /**
     * Consignee or seller matching a watchlist entry, through any of its names and despite
     * transliteration, word order, initials or a misspelt letter: always inspected, and the
     * reason names the entry, the name that matched and how closely.
     */
    @Bean
    @Order(2)
    RiskRule watchlistMatch(Watchlist watchlist) {
        return (c, jurisdiction, reasons) -> {
            String consignee = c.consignee().name();
            watchlist.screen(consignee).ifPresent(hit -> reasons.accept(new RiskReason("watchlist-consignee",
                    hit.reason("consignee", consignee), 100, Lane.RED)));
            c.sellerName().ifPresent(seller -> watchlist.screen(seller).ifPresent(hit -> reasons.accept(
                    new RiskReason("watchlist-seller", hit.reason("seller", seller), 100, Lane.RED))));
        };
    }

    /** Discrepancies three-way matching found between order, payment and manifest line. */
    @Bean
    @Order(3)
    RiskRule orderMismatch(RiskProfile profile) {
        return (c, jurisdiction, reasons) -> c.matchSignals().forEach(s -> reasons.accept(new RiskReason(
                s.kind().name().toLowerCase().replace('_', '-'), s.detail(), profile.signalScore(s.kind()),
                Lane.GREEN)));
    }

    /** Declared value that does not add up, or unit values below the profile's floor for the category. */
    @Bean
    @Order(4)
    RiskRule implausibleValue(RiskProfile profile, ExchangeRates rates, Jurisdictions jurisdictions) {
        return (c, jurisdiction, reasons) -> {
            Money items = c.items().stream().map(FiledConsignment.Item::value).reduce(Money::plus).orElseThrow();
            BigDecimal gap = items.amount().subtract(c.declaredValue().amount()).abs();
            if (gap.compareTo(items.amount().multiply(new BigDecimal("0.01")).max(new BigDecimal("0.01"))) > 0) {
                reasons.accept(new RiskReason("inconsistent-value", "declared value " + c.declaredValue()
                        + " differs from the sum of item values " + items, profile.inconsistentValueScore(), Lane.GREEN));
            }
            LocalDate on = jurisdictions.dateIn(jurisdiction, c.filedAt());
            for (FiledConsignment.Item item : c.items()) {
                profile.minimumUnitValueUsd(item.hsCode()).ifPresent(floor -> {
                    Money unit = rates.convert(item.value(), Currencies.USD, on)
                            .times(BigDecimal.ONE.divide(BigDecimal.valueOf(item.quantity()), 10, RoundingMode.HALF_UP));
                    if (unit.amount().compareTo(floor) < 0) {
                        reasons.accept(new RiskReason("undervaluation", item.hsCode().subheading() + " declared at " + unit
                                + " per unit, below the profile floor of " + floor + " USD",
                                profile.undervaluationScore(), Lane.GREEN));
                    }
                });
            }
        };
    }

    /** Gross mass too low for the number of units declared. */
    @Bean
    @Order(5)
    RiskRule implausibleMass(RiskProfile profile) {
        return (c, jurisdiction, reasons) -> {
            int units = c.items().stream().mapToInt(FiledConsignment.Item::quantity).sum();
            BigDecimal floor = profile.minimumGrossMassKgPerUnit().multiply(BigDecimal.valueOf(units));
            if (c.grossMassKg().compareTo(floor) < 0) {
                reasons.accept(new RiskReason("implausible-mass", c.grossMassKg() + " kg gross for " + units
                        + " units", profile.implausibleMassScore(), Lane.GREEN));
            }
        };
    }
}
