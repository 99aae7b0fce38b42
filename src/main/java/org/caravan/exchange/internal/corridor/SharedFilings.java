package org.caravan.exchange.internal.corridor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;

/** A filing as the corridor shares it, from and back to what filing and risk work with. */
final class SharedFilings {

    private SharedFilings() {
    }

    static CorridorMessage.SharedFiling of(FiledConsignment c, String manifestRef, String courier) {
        return new CorridorMessage.SharedFiling(manifestRef, courier, c.transportMode(), c.departureCountry().value(),
                c.destination().value(), c.declaredValue().amount().toPlainString(),
                c.declaredValue().currency().getCurrencyCode(), c.grossMassKg().toPlainString(), c.platformCode().orElse(null),
                c.platformOrderRef().orElse(null), c.sellerName().orElse(null),
                new CorridorMessage.SharedConsignee(c.consignee().name(), c.consignee().city().orElse(null),
                        c.consignee().country().value(), c.consignee().postcode().orElse(null)),
                c.items().stream().map(i -> new CorridorMessage.SharedItem(i.description(), i.hsCode().value(), i.quantity(),
                        i.value().amount().toPlainString(), i.originCountry().value())).toList(),
                c.filedAt());
    }

    /** The shared filing as a consignment risk can screen: this administration has not stored it. */
    static FiledConsignment screenable(String trackingNumber, CorridorMessage.SharedFiling f) {
        return new FiledConsignment(UUID.randomUUID(), UUID.randomUUID(), trackingNumber, UUID.randomUUID(),
                Optional.ofNullable(f.platformId()), Optional.ofNullable(f.platformOrderRef()), Optional.empty(),
                new FiledConsignment.Consignee(f.consignee().name(), Optional.empty(),
                        Optional.ofNullable(f.consignee().city()), CountryCode.of(f.consignee().country()),
                        Optional.ofNullable(f.consignee().postcode()), Optional.empty()),
                new BigDecimal(f.grossMassKg()), Money.of(f.declaredValue(), f.currency()),
                f.items().stream().map(i -> new FiledConsignment.Item(i.description(), new HsCode(i.hsCode()), i.quantity(),
                        Money.of(i.value(), f.currency()), CountryCode.of(i.originCountry()))).toList(),
                List.of(), Optional.ofNullable(f.seller()), f.transportMode(), CountryCode.of(f.departureCountry()),
                f.filedAt());
    }

    /**
     * The shared filing as a one-consignment manifest the destination files for the courier:
     * the courier is not asked again. Its reference names where it came from.
     */
    static FilingRequests.Manifest manifest(String trackingNumber, List<String> route, CorridorMessage.SharedFiling f) {
        var items = f.items().stream().map(i -> new FilingRequests.LineItem(i.description(), i.hsCode(), i.quantity(),
                i.value(), i.originCountry())).toList();
        var consignee = new FilingRequests.Consignee(f.consignee().name(), null,
                new FilingRequests.Address(null, f.consignee().city(), f.consignee().postcode(), f.consignee().country()));
        var line = new FilingRequests.ConsignmentLine(trackingNumber, f.platformOrderRef(), f.platformId(), consignee,
                f.grossMassKg(), f.declaredValue(), f.currency(), items);
        return new FilingRequests.Manifest("CORRIDOR-" + trackingNumber, f.transportMode(), null,
                new FilingRequests.Place(f.departureCountry(), null),
                new FilingRequests.Arrival(f.destination(), null, null), route, List.of(line));
    }
}
