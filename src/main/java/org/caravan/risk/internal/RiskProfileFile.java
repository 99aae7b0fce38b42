package org.caravan.risk.internal;

import static org.caravan.risk.internal.DocumentValues.constant;
import static org.caravan.risk.internal.DocumentValues.decimal;
import static org.caravan.risk.internal.DocumentValues.object;
import static org.caravan.risk.internal.DocumentValues.optionalDate;
import static org.caravan.risk.internal.DocumentValues.refuse;
import static org.caravan.risk.internal.DocumentValues.required;
import static org.caravan.risk.internal.DocumentValues.score;
import static org.caravan.risk.internal.DocumentValues.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.caravan.reference.CountryCode;
import org.caravan.risk.Lane;
import org.caravan.risk.ProfileFormat;
import org.caravan.risk.RefusedRiskProfile;
import org.caravan.risk.RequestedDocument;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks a risk profile document (docs/risk-profiles.md) and compiles it. Every
 * field must be spelled as documented and of its type; signals must be ones a detector
 * raises, subheadings ones of the nomenclature; a refusal names the line and the field.
 */
public final class RiskProfileFile {

    /** The profile that applies where an administration has loaded none. */
    public static final String BUNDLED = "risk/default-profile.yaml";

    private static final Set<String> FIELDS = Set.of("id", "jurisdiction", "validFrom", "validTo", "basis", "yellowScore",
            "redScore", "randomInspectionRate", "signals", "rules");
    private static final Set<String> WEIGHT = Set.of("score", "lane", "requestDocument");
    private static final Set<String> RULE = Set.of("id", "description", "validFrom", "validTo", "when", "then");
    private static final Set<String> EFFECT = Set.of("score", "lane", "requestDocument");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private RiskProfileFile() {
    }

    public static RiskProfile bundled(ProfileVocabulary vocabulary) {
        try (InputStream in = RiskProfileFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new InvalidRiskProfile("no risk profile at " + BUNDLED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), ProfileFormat.YAML, vocabulary);
        } catch (IOException e) {
            throw new InvalidRiskProfile(BUNDLED + " cannot be read: " + e.getMessage());
        }
    }

    public static RiskProfile read(String text, ProfileFormat format, ProfileVocabulary vocabulary) {
        JsonNode root;
        try {
            root = DocumentField.mapper(format).readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RefusedRiskProfile(Math.max(line, 0), "", "not readable " + format + ": "
                    + e.getOriginalMessage().split("\n")[0]);
        }
        try {
            return compile(root, vocabulary);
        } catch (DocumentValues.Refusal r) {
            throw new RefusedRiskProfile(r.field.lineIn(text, format), r.field.toString(), r.getMessage());
        }
    }

    private static RiskProfile compile(JsonNode root, ProfileVocabulary vocabulary) {
        DocumentField at = DocumentField.ROOT;
        if (root == null || root.isMissingNode()) {
            throw refuse(at, "the document is empty");
        }
        object(root, at, FIELDS);
        String id = name(required(root, at, "id"), at.at("id"));
        String jurisdiction = jurisdiction(required(root, at, "jurisdiction"), at.at("jurisdiction"));
        ProfileRule.Validity validity = validity(root, at, true);
        String basis = text(required(root, at, "basis"), at.at("basis"));
        int yellow = score(required(root, at, "yellowScore"), at.at("yellowScore"));
        int red = score(required(root, at, "redScore"), at.at("redScore"));
        if (yellow < 1) {
            throw refuse(at.at("yellowScore"), "must be at least 1, or every parcel would be held");
        }
        if (red <= yellow) {
            throw refuse(at.at("redScore"), "must be above yellowScore (" + yellow + "), not " + red);
        }
        BigDecimal rate = decimal(required(root, at, "randomInspectionRate"), at.at("randomInspectionRate"));
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw refuse(at.at("randomInspectionRate"), "must be a share between 0 and 1, not " + rate.toPlainString());
        }
        Map<String, SignalWeight> weights = root.has("signals")
                ? weights(root.get("signals"), at.at("signals"), vocabulary) : Map.of();
        List<ProfileRule> rules = root.has("rules") ? rules(root.get("rules"), at.at("rules"), vocabulary) : List.of();
        return new RiskProfile(id, jurisdiction, validity, basis, yellow, red, rate, weights, rules);
    }

    private static String name(JsonNode value, DocumentField field) {
        String name = text(value, field);
        if (!NAME.matcher(name).matches()) {
            throw refuse(field, "'" + name + "' must be lower-case letters, digits and hyphens (at most 64)");
        }
        return name;
    }

    private static String jurisdiction(JsonNode value, DocumentField field) {
        String code = text(value, field);
        if (!code.equals(RiskProfile.ANY_JURISDICTION) && !CountryCode.isValid(code)) {
            throw refuse(field, "'" + code + "' is not a country code");
        }
        return code;
    }

    private static ProfileRule.Validity validity(JsonNode node, DocumentField at, boolean fromRequired) {
        Optional<LocalDate> from = fromRequired
                ? Optional.of(DocumentValues.date(required(node, at, "validFrom"), at.at("validFrom")))
                : optionalDate(node, at, "validFrom");
        Optional<LocalDate> to = optionalDate(node, at, "validTo");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw refuse(at.at("validTo"), to.get() + " is before validFrom " + from.get());
        }
        return new ProfileRule.Validity(from.orElse(LocalDate.MIN), to);
    }

    private static Map<String, SignalWeight> weights(JsonNode signals, DocumentField at, ProfileVocabulary vocabulary) {
        Map<String, SignalWeight> weights = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> signal : DocumentValues.properties(signals, at)) {
            DocumentField field = at.at(signal.getKey());
            vocabulary.checkSignal(signal.getKey(), field);
            JsonNode weight = object(signal.getValue(), field, WEIGHT);
            weights.put(signal.getKey(), new SignalWeight(weight.has("score") ? score(weight.get("score"), field.at("score")) : 0,
                    lane(weight, field), document(weight, field)));
        }
        return weights;
    }

    private static List<ProfileRule> rules(JsonNode rules, DocumentField at, ProfileVocabulary vocabulary) {
        if (!rules.isArray()) {
            throw refuse(at, "must be a list of rules");
        }
        List<ProfileRule> compiled = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            DocumentField field = at.at(i);
            JsonNode rule = object(rules.get(i), field, RULE);
            String id = name(required(rule, field, "id"), field.at("id"));
            if (!ids.add(id)) {
                throw refuse(field.at("id"), "'" + id + "' is the id of an earlier rule too");
            }
            String description = text(required(rule, field, "description"), field.at("description"));
            ProfileRule.Validity validity = validity(rule, field, false);
            Condition when = RuleConditions.compile(required(rule, field, "when"), field.at("when"), vocabulary);
            DocumentField thenField = field.at("then");
            JsonNode then = object(required(rule, field, "then"), thenField, EFFECT);
            if (then.isEmpty()) {
                throw refuse(thenField, "must have an effect: score, lane or requestDocument");
            }
            int score = then.has("score") ? score(then.get("score"), thenField.at("score")) : 0;
            compiled.add(new ProfileRule(id, description, validity, when, score, lane(then, thenField),
                    document(then, thenField)));
        }
        return compiled;
    }

    private static Lane lane(JsonNode node, DocumentField at) {
        return node.has("lane") ? constant(node.get("lane"), at.at("lane"), Lane.class) : Lane.GREEN;
    }

    private static Optional<RequestedDocument> document(JsonNode node, DocumentField at) {
        return node.has("requestDocument")
                ? Optional.of(constant(node.get("requestDocument"), at.at("requestDocument"), RequestedDocument.class))
                : Optional.empty();
    }
}
