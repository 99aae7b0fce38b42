package org.caravan.reference;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caravan.reference.internal.CsvRows;
import org.springframework.stereotype.Service;

/** UN/LOCODE locations on the corridor (border crossings, dry ports, postal exchange offices, airports). */
@Service
public class Locations {

    public record Location(UnLocode code, String name, String functions) {

        public boolean isBorderCrossing() {
            return functions.length() == 8 && functions.charAt(7) == 'B';
        }
    }

    private final Map<UnLocode, Location> corridor = CsvRows.classpath("reference/corridor-locations.csv").stream()
            .map(row -> new Location(new UnLocode(row.get("locode")), row.get("name"), row.get("functions")))
            .collect(Collectors.toUnmodifiableMap(Location::code, l -> l));

    public Optional<Location> find(UnLocode code) {
        return Optional.ofNullable(corridor.get(code));
    }

    public int size() {
        return corridor.size();
    }
}
