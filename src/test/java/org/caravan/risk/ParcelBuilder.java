package org.caravan.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;

/**
 * A house consignment as filed, honest unless told otherwise: two cotton T-shirts from
 * China to Almaty, value and mass as declared, the order matched without a discrepancy.
 */
public final class ParcelBuilder {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private String trackingNumber = "CRVTEST" + String.format("%07d", NUMBERS.incrementAndGet()) + "KZ";
    private String consignee = "Aigerim Sadykova";
    private String seller = "Yiwu Cotton Garments Co";
    private CountryCode destination = CountryCode.of("KZ");
    private BigDecimal grossMassKg = new BigDecimal("0.550");
    private List<FiledConsignment.Item> items = List.of(item("610910", 2, "25.00", "USD"));
    private Money declaredValue;
    private final List<MatchSignal> signals = new ArrayList<>();
    private Instant filedAt = Instant.parse("2026-11-25T06:00:00Z");
    private UUID courier = UUID.randomUUID();
    private String platform = "test-platform";
    private String transport = "AIR";
    private CountryCode departure = CountryCode.of("CN");

    public static ParcelBuilder honest() {
        return new ParcelBuilder();
    }

    public static FiledConsignment.Item item(String hsCode, int quantity, String value, String currency) {
        return new FiledConsignment.Item("goods of " + hsCode, new HsCode(hsCode), quantity, Money.of(value, currency),
                CountryCode.of("CN"));
    }

    public ParcelBuilder trackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
        return this;
    }

    public ParcelBuilder consignee(String name) {
        this.consignee = name;
        return this;
    }

    public ParcelBuilder seller(String name) {
        this.seller = name;
        return this;
    }

    public ParcelBuilder destination(String country) {
        this.destination = CountryCode.of(country);
        return this;
    }

    public ParcelBuilder grossMassKg(String kg) {
        this.grossMassKg = new BigDecimal(kg);
        return this;
    }

    public ParcelBuilder items(FiledConsignment.Item... items) {
        this.items = List.of(items);
        return this;
    }

    /** The value on the manifest line; the sum of the items unless set. */
    public ParcelBuilder declaredValue(String amount) {
        this.declaredValue = Money.of(amount, items.get(0).value().currency().getCurrencyCode());
        return this;
    }

    public ParcelBuilder signal(MatchSignal.Kind kind) {
        signals.add(new MatchSignal(kind, "crafted " + kind));
        return this;
    }

    public ParcelBuilder filedAt(String instant) {
        this.filedAt = Instant.parse(instant);
        return this;
    }

    public ParcelBuilder courier(UUID partyId) {
        this.courier = partyId;
        return this;
    }

    public ParcelBuilder platform(String code) {
        this.platform = code;
        return this;
    }

    public ParcelBuilder transport(String mode) {
        this.transport = mode;
        return this;
    }

    public ParcelBuilder departure(String country) {
        this.departure = CountryCode.of(country);
        return this;
    }

    public FiledConsignment build() {
        Money declared = declaredValue != null ? declaredValue
                : items.stream().map(FiledConsignment.Item::value).reduce(Money::plus).orElseThrow();
        return new FiledConsignment(UUID.randomUUID(), UUID.randomUUID(), trackingNumber, courier,
                Optional.of(platform), Optional.of("ORD-" + trackingNumber), Optional.of(UUID.randomUUID()),
                new FiledConsignment.Consignee(consignee, Optional.of(destination + "-P100"), Optional.of("Almaty"),
                        destination),
                grossMassKg, declared, items, List.copyOf(signals), Optional.of(seller), transport, departure,
                filedAt);
    }
}
