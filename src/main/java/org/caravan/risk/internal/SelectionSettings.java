package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.caravan.reference.CountryCode;
import org.caravan.reference.Jurisdictions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Each jurisdiction's inspection budget and random share, from
 * {@code caravan.risk.selection.<CC>.budget} and {@code .random-share}, checked at start so a
 * mistyped share stops the service instead of inspecting everything or nothing. Without a
 * budget the profile's red score selects, as before budgets; without a random share, the
 * profile's (or {@code caravan.risk.random-inspection-rate}) applies.
 */
@Configuration
class SelectionSettings {

    static final String PREFIX = "caravan.risk.selection";
    static final String WINDOW = "caravan.risk.selection-window";
    /**
     * Ten thousand scores are half a second of the design load and about a day of a pilot
     * jurisdiction: enough to place a 1 % quantile within about 0.2 points, short enough to
     * follow the flow when it drifts.
     */
    static final int DEFAULT_WINDOW = 10_000;
    private static final Set<String> SETTINGS = Set.of("budget", "random-share");
    private static final ResolvableType MAP_OF_MAPS = ResolvableType.forClassWithGenerics(Map.class,
            ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, String.class, String.class));

    /** Without a configured salt each start draws its own, so no one can learn which parcels will be picked. */
    @Bean
    ParcelSelection parcelSelection(Environment environment, Jurisdictions jurisdictions, ProfileCatalog catalog,
            @Value("${" + WINDOW + ":" + DEFAULT_WINDOW + "}") int window,
            @Value("${" + RiskSettings.RANDOM_RATE + ":}") String rate, @Value("${caravan.risk.random-salt:}") String salt) {
        Map<String, Map<String, String>> settings = Binder.get(environment)
                .bind(PREFIX, Bindable.<Map<String, Map<String, String>>>of(MAP_OF_MAPS))
                .orElse(Map.of());
        RandomSelection random = new RandomSelection(salt.isBlank()
                ? HexFormat.of().formatHex(new SecureRandom().generateSeed(16)) : salt);
        Optional<BigDecimal> configuredRate = RiskSettings.configuredRate(rate);
        return of(random, configuredRate.orElse(catalog.bundled().randomInspectionRate()), configuredRate, settings,
                code -> jurisdictions.find(code).isPresent(), window);
    }

    /**
     * Checks every setting, naming the property that is wrong. {@code usualRate} is the random
     * share a jurisdiction without its own draws, against which its budget is checked.
     */
    static ParcelSelection of(RandomSelection random, BigDecimal usualRate, Optional<BigDecimal> configuredRate,
            Map<String, Map<String, String>> settings, Predicate<CountryCode> knownJurisdiction, int window) {
        if (window < ScoreThreshold.WARM_UP) {
            throw new InvalidRiskProfile(WINDOW + " must be at least " + ScoreThreshold.WARM_UP + ", not " + window);
        }
        Map<CountryCode, ParcelSelection.JurisdictionSelection> configured = new HashMap<>();
        settings.forEach((key, values) -> {
            String code = key.toUpperCase(Locale.ROOT);
            String at = PREFIX + "." + key;
            if (!CountryCode.isValid(code) || !knownJurisdiction.test(CountryCode.of(code))) {
                throw new InvalidRiskProfile(at + ": " + key + " is not a jurisdiction Caravan knows");
            }
            for (String name : values.keySet()) {
                if (!SETTINGS.contains(name)) {
                    throw new InvalidRiskProfile(at + "." + name + " is not a selection setting (budget, random-share)");
                }
            }
            BigDecimal budget = share(at + ".budget", values.get("budget"));
            BigDecimal randomShare = share(at + ".random-share", values.get("random-share"));
            if (budget != null && budget.signum() == 0) {
                throw new InvalidRiskProfile(at + ".budget must be above 0; leave it out to select by the profile's red score");
            }
            BigDecimal drawn = randomShare == null ? usualRate : randomShare;
            if (budget != null && budget.add(drawn).compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidRiskProfile(at + ".budget and random-share together must not pass 1, not "
                        + budget.add(drawn).toPlainString());
            }
            configured.put(CountryCode.of(code), new ParcelSelection.JurisdictionSelection(
                    budget == null ? null : new ScoreThreshold(budget.doubleValue(), window),
                    Optional.ofNullable(randomShare)));
        });
        return new ParcelSelection(configured, random, configuredRate);
    }

    private static BigDecimal share(String property, String value) {
        if (value == null) {
            return null;
        }
        BigDecimal share;
        try {
            share = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRiskProfile(property + " must be a decimal share such as 0.05, not " + value);
        }
        RiskProfile.share(property, share);
        return share;
    }
}
