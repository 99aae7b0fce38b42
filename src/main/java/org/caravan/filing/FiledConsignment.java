package org.caravan.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Money;

/**
 * A house consignment as filed on a manifest, joined with what matching found in the
 * platform's order. For low-value parcels this line is the simplified declaration.
 */
public record FiledConsignment(UUID id, UUID manifestId, String trackingNumber, UUID courierPartyId,
        Optional<String> platformCode, Optional<String> platformOrderRef, Optional<UUID> orderId,
        Consignee consignee, BigDecimal grossMassKg, Money declaredValue, List<Item> items,
        List<MatchSignal> matchSignals, Optional<String> sellerName, String transportMode, CountryCode departureCountry,
        Instant filedAt, Optional<UUID> quoteId) {

    /** {@code quoteId} is the landed-cost quote the matched order was filed with, known while the manifest is filed. */
    public FiledConsignment(UUID id, UUID manifestId, String trackingNumber, UUID courierPartyId,
            Optional<String> platformCode, Optional<String> platformOrderRef, Optional<UUID> orderId, Consignee consignee,
            BigDecimal grossMassKg, Money declaredValue, List<Item> items, List<MatchSignal> matchSignals,
            Optional<String> sellerName, String transportMode, CountryCode departureCountry, Instant filedAt) {
        this(id, manifestId, trackingNumber, courierPartyId, platformCode, platformOrderRef, orderId, consignee, grossMassKg,
                declaredValue, items, matchSignals, sellerName, transportMode, departureCountry, filedAt, Optional.empty());
    }

    /**
     * {@code postcode} and {@code phoneTail} (the last four digits of the phone number) are
     * kept only so the consumer can prove knowing them; they are never shown. {@code person}
     * is the person key ({@code person:<uuid>}) the consumer id stood for when it was filed,
     * the same across the person's reissued ids; empty without a consumer id, and for
     * consignments filed before consumer ids were checked.
     */
    public record Consignee(String name, Optional<String> consumerId, Optional<String> city, CountryCode country,
            Optional<String> postcode, Optional<String> phoneTail, Optional<String> person) {

        public Consignee(String name, Optional<String> consumerId, Optional<String> city, CountryCode country,
                Optional<String> postcode, Optional<String> phoneTail) {
            this(name, consumerId, city, country, postcode, phoneTail, Optional.empty());
        }

        public Consignee(String name, Optional<String> consumerId, Optional<String> city, CountryCode country) {
            this(name, consumerId, city, country, Optional.empty(), Optional.empty());
        }

        /** The same consignee, with the person its consumer id was found to stand for. */
        public Consignee withPerson(String personKey) {
            return new Consignee(name, consumerId, city, country, postcode, phoneTail, Optional.of(personKey));
        }
    }

    /** One line of goods; {@code permitRef} names a permit registered for restricted goods, when the filer quotes one. */
    public record Item(String description, HsCode hsCode, int quantity, Money value, CountryCode originCountry,
            Optional<String> permitRef) {

        public Item(String description, HsCode hsCode, int quantity, Money value, CountryCode originCountry) {
            this(description, hsCode, quantity, value, originCountry, Optional.empty());
        }
    }

    public CountryCode destination() {
        return consignee.country();
    }
}
