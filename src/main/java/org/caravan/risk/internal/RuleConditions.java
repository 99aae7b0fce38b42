package org.caravan.risk.internal;

import static org.caravan.risk.internal.DocumentValues.decimal;
import static org.caravan.risk.internal.DocumentValues.list;
import static org.caravan.risk.internal.DocumentValues.object;
import static org.caravan.risk.internal.DocumentValues.refuse;
import static org.caravan.risk.internal.DocumentValues.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsCode;

import tools.jackson.databind.JsonNode;

/**
 * Compiles a rule's {@code when} into predicates. Conditions on goods lines (hs, origin,
 * description, unitPriceUsd) must all hold on one same line; the others are about the
 * consignment. Lists mean any of; texts match case-insensitively as parts of words.
 */
final class RuleConditions {

    static final Set<String> NAMES = Set.of("hs", "origin", "description", "unitPriceUsd", "departure", "destination",
            "transport", "route", "courier", "platform", "seller", "declaredValueUsd", "grossMassKg", "filedBetween",
            "hours", "signals");
    private static final Set<String> RANGE = Set.of("atLeast", "below");
    private static final Set<String> DATES = Set.of("from", "to");

    private final ProfileVocabulary vocabulary;
    private final List<Condition> whole = new ArrayList<>();
    private final List<Condition.OnItem> onItem = new ArrayList<>();

    private RuleConditions(ProfileVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static Condition compile(JsonNode when, DocumentField field, ProfileVocabulary vocabulary) {
        object(when, field, NAMES);
        if (when.isEmpty()) {
            throw refuse(field, "must hold at least one condition");
        }
        RuleConditions conditions = new RuleConditions(vocabulary);
        for (Map.Entry<String, JsonNode> condition : when.properties()) {
            conditions.add(condition.getKey(), condition.getValue(), field.at(condition.getKey()));
        }
        return Condition.allOf(conditions.whole, conditions.onItem);
    }

    private void add(String name, JsonNode value, DocumentField field) {
        switch (name) {
            case "hs" -> {
                String[] prefixes = list(value, field, this::hsPrefix).toArray(String[]::new);
                onItem.add((s, i) -> startsWithAny(item(s, i).hsCode().value(), prefixes));
            }
            case "origin" -> {
                Set<CountryCode> origins = Set.copyOf(list(value, field, RuleConditions::country));
                onItem.add((s, i) -> origins.contains(item(s, i).originCountry()));
            }
            case "description" -> {
                String[] words = keywords(value, field);
                onItem.add((s, i) -> containsAny(item(s, i).description(), words));
            }
            case "unitPriceUsd" -> {
                Range range = range(value, field);
                onItem.add((s, i) -> range.holds(s.unitPriceUsd(i)));
            }
            case "departure" -> {
                Set<CountryCode> countries = Set.copyOf(list(value, field, RuleConditions::country));
                whole.add(s -> countries.contains(s.consignment().departureCountry()));
            }
            case "destination" -> {
                Set<CountryCode> countries = Set.copyOf(list(value, field, RuleConditions::country));
                whole.add(s -> countries.contains(s.consignment().destination()));
            }
            case "transport" -> {
                Set<String> modes = Set.copyOf(list(value, field, (v, f) -> text(v, f).toUpperCase(Locale.ROOT)));
                whole.add(s -> s.consignment().transportMode() != null
                        && modes.contains(s.consignment().transportMode().toUpperCase(Locale.ROOT)));
            }
            case "route" -> {
                Set<String> routes = Set.copyOf(list(value, field, RuleConditions::route));
                whole.add(s -> routes.contains(s.consignment().departureCountry().value() + "-"
                        + s.consignment().destination().value()));
            }
            case "courier" -> {
                Set<UUID> couriers = Set.copyOf(list(value, field, RuleConditions::uuid));
                whole.add(s -> couriers.contains(s.consignment().courierPartyId()));
            }
            case "platform" -> {
                Set<String> platforms = Set.copyOf(list(value, field, DocumentValues::text));
                whole.add(s -> s.consignment().platformCode().map(platforms::contains).orElse(false));
            }
            case "seller" -> {
                String[] words = keywords(value, field);
                whole.add(s -> s.consignment().sellerName().map(n -> containsAny(n, words)).orElse(false));
            }
            case "declaredValueUsd" -> {
                Range range = range(value, field);
                whole.add(s -> range.holds(s.declaredValueUsd()));
            }
            case "grossMassKg" -> {
                Range range = range(value, field);
                whole.add(s -> range.holds(s.consignment().grossMassKg()));
            }
            case "filedBetween" -> whole.add(dates(value, field));
            case "hours" -> whole.add(hours(value, field));
            case "signals" -> whole.add(signals(value, field));
            default -> throw new IllegalStateException("NAMES lists " + name + " without a compiler");
        }
    }

    private static FiledConsignment.Item item(Screened s, int i) {
        return s.consignment().items().get(i);
    }

    private String hsPrefix(JsonNode value, DocumentField field) {
        String code = text(value, field);
        boolean digits = code.chars().allMatch(Character::isDigit);
        if (!digits || code.length() < 2 || code.length() > 10 || code.length() % 2 != 0) {
            throw refuse(field, "'" + code + "' is not an HS code or prefix (2, 4, 6, 8 or 10 digits)");
        }
        int chapter = Integer.parseInt(code.substring(0, 2));
        if (chapter < 1 || chapter > 97 || chapter == 77) {
            throw refuse(field, "'" + code + "' is not in a chapter of the HS nomenclature");
        }
        if (code.length() >= 6 && !vocabulary.knownSubheading().test(new HsCode(code))) {
            throw refuse(field, "'" + code + "' is not a subheading of the HS nomenclature");
        }
        return code;
    }

    private static CountryCode country(JsonNode value, DocumentField field) {
        String code = text(value, field);
        if (!CountryCode.isValid(code)) {
            throw refuse(field, "'" + code + "' is not an ISO 3166 country code");
        }
        return CountryCode.of(code);
    }

    private static String route(JsonNode value, DocumentField field) {
        String route = text(value, field);
        String[] ends = route.split("-", -1);
        if (ends.length != 2 || !CountryCode.isValid(ends[0]) || !CountryCode.isValid(ends[1])) {
            throw refuse(field, "'" + route + "' is not a route DEPARTURE-DESTINATION of country codes, e.g. CN-KZ");
        }
        return route;
    }

    private static UUID uuid(JsonNode value, DocumentField field) {
        String id = text(value, field);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw refuse(field, "'" + id + "' is not a party id (UUID)");
        }
    }

    private static String[] keywords(JsonNode value, DocumentField field) {
        return list(value, field, (v, f) -> text(v, f).toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    private static boolean startsWithAny(String code, String[] prefixes) {
        for (String prefix : prefixes) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String[] words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A range with an inclusive lower and an exclusive upper bound, either of which may be left open. */
    record Range(BigDecimal atLeast, BigDecimal below) {

        boolean holds(BigDecimal value) {
            return (atLeast == null || value.compareTo(atLeast) >= 0) && (below == null || value.compareTo(below) < 0);
        }
    }

    private static Range range(JsonNode value, DocumentField field) {
        object(value, field, RANGE);
        if (value.isEmpty()) {
            throw refuse(field, "must give atLeast, below or both");
        }
        BigDecimal atLeast = value.has("atLeast") ? decimal(value.get("atLeast"), field.at("atLeast")) : null;
        BigDecimal below = value.has("below") ? decimal(value.get("below"), field.at("below")) : null;
        if (atLeast != null && below != null && atLeast.compareTo(below) >= 0) {
            throw refuse(field.at("below"), "must be above atLeast (" + atLeast.toPlainString() + ")");
        }
        return new Range(atLeast, below);
    }

    private static Condition dates(JsonNode value, DocumentField field) {
        object(value, field, DATES);
        LocalDate from = DocumentValues.date(DocumentValues.required(value, field, "from"), field.at("from"));
        LocalDate to = DocumentValues.date(DocumentValues.required(value, field, "to"), field.at("to"));
        if (to.isBefore(from)) {
            throw refuse(field.at("to"), "must not be before from (" + from + ")");
        }
        return s -> !s.on().isBefore(from) && !s.on().isAfter(to);
    }

    /** Hours of filing on the jurisdiction's clock, from inclusive to exclusive; from 22 to 6 spans midnight. */
    private static Condition hours(JsonNode value, DocumentField field) {
        object(value, field, DATES);
        int from = hour(DocumentValues.required(value, field, "from"), field.at("from"));
        int to = hour(DocumentValues.required(value, field, "to"), field.at("to"));
        if (from == to) {
            throw refuse(field.at("to"), "must differ from from (" + from + ")");
        }
        return from < to ? s -> s.at().getHour() >= from && s.at().getHour() < to
                : s -> s.at().getHour() >= from || s.at().getHour() < to;
    }

    private static int hour(JsonNode value, DocumentField field) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > 24) {
            throw refuse(field, "must be an hour from 0 to 24, not " + value);
        }
        return value.intValue();
    }

    /** Named signals present, each at least at the given strength (0 for merely present). */
    private Condition signals(JsonNode value, DocumentField field) {
        Map<String, Double> minimum = new HashMap<>();
        for (Map.Entry<String, JsonNode> signal : DocumentValues.properties(value, field)) {
            DocumentField at = field.at(signal.getKey());
            vocabulary.checkSignal(signal.getKey(), at);
            JsonNode strength = signal.getValue();
            if (!strength.isNumber() || strength.doubleValue() < 0 || strength.doubleValue() > 1) {
                throw refuse(at, "must be a minimum strength from 0 to 1, not " + strength);
            }
            minimum.put(signal.getKey(), strength.doubleValue());
        }
        if (minimum.isEmpty()) {
            throw refuse(field, "must name at least one signal");
        }
        return s -> minimum.entrySet().stream().allMatch(m -> s.signals().stream()
                .anyMatch(found -> found.name().equals(m.getKey()) && found.strength() >= m.getValue()));
    }
}
