package org.caravan.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.caravan.reference.internal.JurisdictionFile;
import org.springframework.stereotype.Service;

/**
 * The jurisdictions Caravan clears for and their dated regimes, read from
 * {@code reference/jurisdictions.json}: rules are data with validity dates and
 * sources, not code.
 */
@Service
public class Jurisdictions {

    private final Map<CountryCode, Jurisdiction> jurisdictions;
    private final List<Regime> regimes;

    public Jurisdictions() {
        this(JurisdictionFile.bundled());
    }

    Jurisdictions(JurisdictionFile file) {
        this.jurisdictions = file.jurisdictions().stream()
                .collect(Collectors.toUnmodifiableMap(Jurisdiction::code, Function.identity()));
        this.regimes = file.regimes();
    }

    public Optional<Jurisdiction> find(CountryCode code) {
        return Optional.ofNullable(jurisdictions.get(code));
    }

    /**
     * The calendar date at {@code instant} on the jurisdiction's clock, which dates its rates
     * and regimes; UTC for a country Caravan does not clear for.
     */
    public LocalDate dateIn(CountryCode jurisdiction, Instant instant) {
        return LocalDate.ofInstant(instant, zoneOf(jurisdiction));
    }

    /** The jurisdiction's clock; UTC for a country Caravan does not know. */
    public ZoneId zoneOf(CountryCode jurisdiction) {
        return find(jurisdiction).map(Jurisdiction::timeZone).orElse(ZoneOffset.UTC);
    }

    public boolean clearsFor(CountryCode code) {
        return jurisdictions.containsKey(code);
    }

    /** The regime in force for the channel on the date, if the jurisdiction has one. */
    public Optional<Regime> regimeFor(CountryCode jurisdiction, Channel channel, LocalDate on) {
        return regimes.stream().filter(r -> r.appliesTo(jurisdiction, channel, on)).findFirst();
    }

    public Optional<Regime> regime(String id) {
        return regimes.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every regime of the jurisdiction, earliest first, in force or not. */
    public List<Regime> regimesOf(CountryCode jurisdiction) {
        return regimes.stream().filter(r -> r.jurisdictions().contains(jurisdiction))
                .sorted(java.util.Comparator.comparing(Regime::validFrom)).toList();
    }

    public List<Jurisdiction> all() {
        return jurisdictions.values().stream().sorted(java.util.Comparator.comparing(j -> j.code().value())).toList();
    }

    public List<Regime> regimes() {
        return regimes;
    }
}
