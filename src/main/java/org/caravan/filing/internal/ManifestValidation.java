package org.caravan.filing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.UnLocode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns a manifest request into a validated {@link Manifest}, or rejects it whole with a per-parcel report. */
@Component
class ManifestValidation {

    static final int MAX_ITEMS_PER_CONSIGNMENT = 200;
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{6,40}");
    private static final BigDecimal MAX_PARCEL_KG = new BigDecimal("2000");
    private static final Pattern PERMIT_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/.-]{0,49}");

    private final FilingChecks checks;
    private final Jurisdictions jurisdictions;
    private final int maxConsignments;

    ManifestValidation(FilingChecks checks, Jurisdictions jurisdictions,
            @Value("${caravan.filing.max-consignments-per-manifest:100000}") int maxConsignments) {
        this.checks = checks;
        this.jurisdictions = jurisdictions;
        this.maxConsignments = maxConsignments;
    }

    Manifest validate(FilingRequests.Manifest request) {
        if (request == null) {
            throw new InvalidInput(new Violation("", "required", "the body must be a JSON object"));
        }
        Violations v = new Violations();
        Header header = header(v, request);
        Set<String> trackingNumbers = new HashSet<>();
        List<Manifest.HouseConsignment> lines = new ArrayList<>();
        List<CountryCode> onRoute = header.route();
        v.each("/consignments", request.consignments(), maxConsignments, (p, line) -> {
            Manifest.HouseConsignment house = consignment(v, p, line, onRoute, trackingNumbers);
            if (house != null) {
                lines.add(house);
            }
        });
        v.throwIfAny();
        return header.valid().withConsignments(List.copyOf(lines));
    }

    /** The master consignment when it is valid (null otherwise), and its route when that could be read. */
    record Header(Manifest valid, List<CountryCode> route) {
    }

    /**
     * The master consignment alone, its house consignments left to {@link #consignment}: a
     * manifest streamed line by line is judged as its lines arrive. Its problems are added to
     * {@code v}; the route, when it could be read, is returned even then, so the lines can
     * still be judged against it.
     */
    Header header(Violations v, FilingRequests.Manifest request) {
        int before = v.list().size();
        String ref = checks.text(v, "/manifestRef", request.manifestRef(), 100);
        Manifest.TransportMode mode = null;
        if (v.required("/transportMode", request.transportMode())) {
            try {
                mode = Manifest.TransportMode.valueOf(request.transportMode());
            } catch (IllegalArgumentException e) {
                v.add("/transportMode", "unknown-transport-mode", "must be one of " + Arrays.toString(Manifest.TransportMode.values()));
            }
        }
        CountryCode departure = null;
        Optional<UnLocode> departureLocation = Optional.empty();
        if (v.required("/departure", request.departure())) {
            departure = checks.country(v, "/departure/country", request.departure().country());
            departureLocation = location(v, "/departure/location", request.departure().location(), departure);
        }
        CountryCode arrival = null;
        Optional<UnLocode> arrivalLocation = Optional.empty();
        Instant expectedAt = null;
        if (v.required("/arrival", request.arrival())) {
            arrival = checks.country(v, "/arrival/country", request.arrival().country());
            arrivalLocation = location(v, "/arrival/location", request.arrival().location(), arrival);
            expectedAt = checks.instant(v, "/arrival/expectedAt", request.arrival().expectedAt(), false);
        }
        Optional<String> conveyance = checks.optionalText(v, "/conveyanceRef", request.conveyanceRef(), 100);
        List<CountryCode> route = route(v, request.route(), departure, arrival);
        Manifest header = new Manifest(ref, mode, conveyance, departure, departureLocation, arrival, arrivalLocation,
                Optional.ofNullable(expectedAt), route, List.of());
        return new Header(v.list().size() == before ? header : null, route);
    }

    /**
     * One house consignment; valid only when {@code v} gained no problems (it may be returned
     * with problems in its items, and is null when its own fields are unusable).
     */
    Manifest.HouseConsignment consignment(Violations v, String p, FilingRequests.ConsignmentLine line,
            List<CountryCode> route, Set<String> trackingNumbers) {
        String tracking = null;
        if (v.required(p + "/trackingNumber", line.trackingNumber())) {
            if (!TRACKING_NUMBER.matcher(line.trackingNumber()).matches()) {
                v.add(p + "/trackingNumber", "malformed-tracking-number", "must be 6 to 40 letters, digits or dashes");
            } else if (!trackingNumbers.add(line.trackingNumber())) {
                v.add(p + "/trackingNumber", "duplicate-in-manifest", "appears more than once in this manifest");
            } else {
                tracking = line.trackingNumber();
            }
        }
        Optional<String> platform = checks.optionalText(v, p + "/platformId", line.platformId(), 100);
        Optional<String> orderRef = checks.optionalText(v, p + "/platformOrderRef", line.platformOrderRef(), 100);
        if (platform.isPresent() != orderRef.isPresent()) {
            v.add(p + (platform.isPresent() ? "/platformOrderRef" : "/platformId"), "required",
                    "platformId and platformOrderRef are given together");
        }
        FiledConsignment.Consignee consignee = null;
        if (v.required(p + "/consignee", line.consignee())) {
            var c = line.consignee();
            String name = checks.text(v, p + "/consignee/name", c.name(), 200);
            Optional<String> consumerId = ConsumerIdCheck.form(v, p + "/consignee/consumerId", c.consumerId());
            if (v.required(p + "/consignee/address", c.address())) {
                CountryCode country = checks.country(v, p + "/consignee/address/country", c.address().country());
                if (country != null && !jurisdictions.clearsFor(country)) {
                    v.add(p + "/consignee/address/country", "not-a-pilot-jurisdiction",
                            "Caravan does not clear for " + country + " yet");
                } else if (country != null && route != null && !route.contains(country)) {
                    v.add(p + "/consignee/address/country", "not-on-route", "the destination must be on the manifest route");
                } else if (country != null) {
                    consignee = new FiledConsignment.Consignee(name, consumerId,
                            checks.optionalText(v, p + "/consignee/address/city", c.address().city(), 100), country,
                            checks.optionalText(v, p + "/consignee/address/postcode", c.address().postcode(), 20),
                            checks.phoneTail(v, p + "/consignee/phone", c.phone()));
                }
            }
        }
        BigDecimal mass = v.decimal(p + "/grossMassKg", line.grossMassKg(), false, 3);
        if (mass != null && mass.compareTo(MAX_PARCEL_KG) > 0) {
            v.add(p + "/grossMassKg", "too-heavy", "a house consignment weighs at most " + MAX_PARCEL_KG + " kg");
            mass = null;
        }
        BigDecimal value = v.decimal(p + "/declaredValue", line.declaredValue(), false, 4);
        Currency currency = checks.currency(v, p + "/currency", line.currency());
        List<FiledConsignment.Item> items = new ArrayList<>();
        v.each(p + "/items", line.items(), MAX_ITEMS_PER_CONSIGNMENT, (ip, item) -> {
            String description = checks.text(v, ip + "/description", item.description(), 300);
            HsCode hs = checks.hsCode(v, ip + "/hsCode", item.hsCode());
            int quantity = checks.quantity(v, ip + "/quantity", item.quantity());
            BigDecimal itemValue = v.decimal(ip + "/value", item.value(), false, 4);
            CountryCode origin = checks.country(v, ip + "/originCountry", item.originCountry());
            Optional<String> permitRef = permitRef(v, ip + "/permitRef", item.permitRef());
            if (itemValue != null && currency != null) {
                items.add(new FiledConsignment.Item(description, hs, quantity, Money.of(itemValue, currency), origin,
                        permitRef));
            }
        });
        if (tracking == null || consignee == null || mass == null || value == null || currency == null) {
            return null;
        }
        return new Manifest.HouseConsignment(tracking, platform, orderRef, consignee, mass, Money.of(value, currency),
                List.copyOf(items));
    }

    /** A permit number as issuing agencies write them: letters, digits and the separators / - . */
    private static Optional<String> permitRef(Violations v, String pointer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!PERMIT_REF.matcher(value).matches()) {
            v.add(pointer, "not-a-permit-number", "must be 1 to 50 letters, digits, '/', '-' or '.'");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<UnLocode> location(Violations v, String pointer, String value, CountryCode country) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!UnLocode.isWellFormed(value)) {
            v.add(pointer, "not-un-locode", "must be a UN/LOCODE such as \"KZALA\"");
            return Optional.empty();
        }
        UnLocode code = new UnLocode(value);
        if (country != null && !code.country().equals(country)) {
            v.add(pointer, "location-country-mismatch", "is not in " + country);
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private List<CountryCode> route(Violations v, List<String> route, CountryCode departure, CountryCode arrival) {
        if (route == null || route.isEmpty()) {
            return departure == null || arrival == null ? null : List.of(departure, arrival);
        }
        if (route.size() > 12) {
            v.add("/route", "too-many", "must list at most 12 countries");
            return null;
        }
        List<CountryCode> countries = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            CountryCode c = checks.country(v, "/route/" + i, route.get(i));
            if (c == null) {
                return null;
            }
            countries.add(c);
        }
        if (departure != null && !countries.get(0).equals(departure)) {
            v.add("/route/0", "route-departure-mismatch", "the route starts in the departure country");
        }
        if (arrival != null && !countries.contains(arrival)) {
            v.add("/route", "route-arrival-missing", "the route includes the arrival country");
        }
        return List.copyOf(countries);
    }
}
