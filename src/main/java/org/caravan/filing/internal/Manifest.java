package org.caravan.filing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.reference.UnLocode;

/** A validated courier manifest: the master consignment with its house consignments. */
public record Manifest(String manifestRef, TransportMode transportMode, Optional<String> conveyanceRef,
        CountryCode departureCountry, Optional<UnLocode> departureLocation, CountryCode arrivalCountry,
        Optional<UnLocode> arrivalLocation, Optional<Instant> expectedAt, List<CountryCode> route,
        List<HouseConsignment> consignments) {

    public Manifest withConsignments(List<HouseConsignment> lines) {
        return new Manifest(manifestRef, transportMode, conveyanceRef, departureCountry, departureLocation, arrivalCountry,
                arrivalLocation, expectedAt, route, lines);
    }

    public enum TransportMode {
        AIR, ROAD, RAIL, SEA, POST
    }

    public record HouseConsignment(String trackingNumber, Optional<String> platformCode, Optional<String> platformOrderRef,
            FiledConsignment.Consignee consignee, BigDecimal grossMassKg, Money declaredValue,
            List<FiledConsignment.Item> items) {

        public HouseConsignment withConsignee(FiledConsignment.Consignee c) {
            return new HouseConsignment(trackingNumber, platformCode, platformOrderRef, c, grossMassKg, declaredValue, items);
        }
    }
}
