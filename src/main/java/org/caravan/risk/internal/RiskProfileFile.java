package org.caravan.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.caravan.filing.MatchSignal;
import org.caravan.reference.HsCode;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a risk profile from the classpath. Every setting must be there, spelled as
 * documented and of its type; a subheading with a value floor must exist in the
 * nomenclature. Decimals are written as strings, as money is everywhere in Caravan.
 */
public final class RiskProfileFile {

    public static final String BUNDLED = "risk/pilot-profile.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> SETTINGS = Set.of("basis", "yellowScore", "redScore", "randomInspectionRate",
            "signalScores", "inconsistentValueScore", "undervaluationScore", "minimumUnitValueUsd", "implausibleMassScore",
            "minimumGrossMassKgPerUnit");

    private RiskProfileFile() {
    }

    public static RiskProfile read(String resource, Predicate<HsCode> knownSubheading) {
        JsonNode root;
        try (InputStream in = RiskProfileFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidRiskProfile("no risk profile at " + resource);
            }
            root = JSON.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new InvalidRiskProfile(resource + " is not readable JSON: " + e.getMessage());
        }
        return parse(root, knownSubheading);
    }

    static RiskProfile parse(JsonNode root, Predicate<HsCode> knownSubheading) {
        if (root == null || !root.isObject()) {
            throw new InvalidRiskProfile("the risk profile must be a JSON object");
        }
        for (String name : root.propertyNames()) {
            if (!SETTINGS.contains(name)) {
                throw new InvalidRiskProfile(name + " is not a setting of the risk profile");
            }
        }
        return new RiskProfile(text(root, "basis"), whole(root, "yellowScore"), whole(root, "redScore"),
                decimal(root, "randomInspectionRate"), signalScores(object(root, "signalScores")),
                whole(root, "inconsistentValueScore"), whole(root, "undervaluationScore"),
                floors(object(root, "minimumUnitValueUsd"), knownSubheading), whole(root, "implausibleMassScore"),
                decimal(root, "minimumGrossMassKgPerUnit"));
    }

    private static Map<MatchSignal.Kind, Integer> signalScores(JsonNode scores) {
        Map<MatchSignal.Kind, Integer> parsed = new HashMap<>();
        for (Map.Entry<String, JsonNode> score : scores.properties()) {
            String setting = "signalScores." + score.getKey();
            MatchSignal.Kind kind;
            try {
                kind = MatchSignal.Kind.valueOf(score.getKey());
            } catch (IllegalArgumentException e) {
                throw new InvalidRiskProfile(setting + " is not a match signal kind");
            }
            parsed.put(kind, asWhole(score.getValue(), setting));
        }
        return parsed;
    }

    private static Map<String, BigDecimal> floors(JsonNode floors, Predicate<HsCode> knownSubheading) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> floor : floors.properties()) {
            String subheading = floor.getKey();
            String setting = "minimumUnitValueUsd." + subheading;
            if (subheading.length() != 6 || !HsCode.isWellFormed(subheading)) {
                throw new InvalidRiskProfile(setting + " is not a six-digit HS subheading");
            }
            if (!knownSubheading.test(new HsCode(subheading))) {
                throw new InvalidRiskProfile(setting + " is not a subheading of the HS nomenclature");
            }
            parsed.put(subheading, asDecimal(floor.getValue(), setting));
        }
        return parsed;
    }

    private static JsonNode required(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidRiskProfile(name + " is missing");
        }
        return value;
    }

    private static JsonNode object(JsonNode parent, String name) {
        JsonNode value = required(parent, name);
        if (!value.isObject()) {
            throw new InvalidRiskProfile(name + " must be an object");
        }
        return value;
    }

    private static String text(JsonNode parent, String name) {
        JsonNode value = required(parent, name);
        if (!value.isString()) {
            throw new InvalidRiskProfile(name + " must be text");
        }
        return value.stringValue();
    }

    private static int whole(JsonNode parent, String name) {
        return asWhole(required(parent, name), name);
    }

    private static int asWhole(JsonNode value, String setting) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidRiskProfile(setting + " must be a whole number, not " + value);
        }
        return value.intValue();
    }

    private static BigDecimal decimal(JsonNode parent, String name) {
        return asDecimal(required(parent, name), name);
    }

    private static BigDecimal asDecimal(JsonNode value, String setting) {
        if (value.isString()) {
            try {
                return new BigDecimal(value.stringValue());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidRiskProfile(setting + " must be a decimal number written as a string, not " + value);
    }
}
