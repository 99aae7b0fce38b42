package org.caravan.simulator.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;

/**
 * The parties a bench run files as: a courier, three platforms and an officer of each
 * destination (to issue consumer ids), registered through the
 * party module for this run only. The store may be a production database that seeds no
 * demo parties, so the bench brings its own, with a secret that lives only as long as the
 * run: no one can sign in as them afterwards.
 */
public final class BenchParties {

    static final int PLATFORMS = 3;

    /**
     * The client ids of the run's parties and their one secret; {@code officers} by country,
     * the customs of each destination, who issue the recipients' consumer ids.
     */
    public record Credentials(String courier, List<String> platforms, String secret, Map<String, String> officers) {
    }

    private BenchParties() {
    }

    public static Credentials register(Parties parties, String runTag) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        String prefix = "bench-" + runTag.toLowerCase();
        String courier = prefix + "-courier";
        parties.register(courier, secret, "Bench courier " + runTag, Role.COURIER, Optional.empty());
        List<String> platforms = IntStream.rangeClosed(1, PLATFORMS).mapToObj(n -> prefix + "-platform-" + n).toList();
        platforms.forEach(p -> parties.register(p, secret, "Bench marketplace " + p, Role.PLATFORM, Optional.empty()));
        Map<String, String> officers = new LinkedHashMap<>();
        for (String country : BenchTraffic.countries()) {
            String officer = prefix + "-officer-" + country.toLowerCase();
            parties.register(officer, secret, "Bench officer " + country, Role.OFFICER, Optional.of(CountryCode.of(country)));
            officers.put(country, officer);
        }
        return new Credentials(courier, platforms, secret, officers);
    }
}
