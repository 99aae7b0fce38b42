package org.caravan.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.caravan.filing.MatchSignal;
import org.caravan.reference.HsCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administration's risk settings, from {@code risk/pilot-profile.json}; the random
 * inspection rate can be overridden by configuration.
 */
@Component
public class RiskProfile {

    private final JsonNode profile;
    private final BigDecimal randomRate;
    private final String randomSalt;

    RiskProfile(@Value("${caravan.risk.random-inspection-rate:}") String rate,
            @Value("${caravan.risk.random-salt:}") String salt) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("risk/pilot-profile.json")) {
            this.profile = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.randomRate = new BigDecimal(rate.isBlank() ? profile.get("randomInspectionRate").asString() : rate);
        // A secret salt keeps random selection unpredictable to traders while a run stays reproducible.
        this.randomSalt = salt.isBlank() ? HexFormat.of().formatHex(new SecureRandom().generateSeed(16)) : salt;
    }

    public int yellowScore() {
        return profile.get("yellowScore").asInt();
    }

    public int redScore() {
        return profile.get("redScore").asInt();
    }

    public BigDecimal randomInspectionRate() {
        return randomRate;
    }

    public int signalScore(MatchSignal.Kind kind) {
        return profile.path("signalScores").path(kind.name()).asInt(0);
    }

    public int score(String name) {
        return profile.get(name).asInt();
    }

    /** The floor for the longest HS prefix the profile names, if any. */
    public Optional<BigDecimal> minimumUnitValueUsd(HsCode code) {
        JsonNode floors = profile.path("minimumUnitValueUsd");
        for (int length = code.value().length(); length >= 4; length--) {
            JsonNode floor = floors.get(code.value().substring(0, length));
            if (floor != null) {
                return Optional.of(new BigDecimal(floor.asString()));
            }
        }
        return Optional.empty();
    }

    public BigDecimal minimumGrossMassKgPerUnit() {
        return new BigDecimal(profile.get("minimumGrossMassKgPerUnit").asString());
    }

    /** A uniform draw from the tracking number and the salt: the same parcel always draws the same. */
    public boolean randomlySelected(String trackingNumber) {
        if (randomRate.signum() <= 0) {
            return false;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((randomSalt + trackingNumber).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 6; i++) {
                bits = (bits << 8) | (digest[i] & 0xFF);
            }
            double draw = bits / (double) (1L << 48);
            return draw < randomRate.doubleValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
