package org.caravan.risk.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Reads typed values out of a profile document, refusing a wrong one with its field. */
final class DocumentValues {

    /** A value refused while reading; the line is found afterwards from the field. */
    static final class Refusal extends RuntimeException {

        final DocumentField field;

        Refusal(DocumentField field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private DocumentValues() {
    }

    static Refusal refuse(DocumentField field, String message) {
        return new Refusal(field, message);
    }

    /** The object at {@code field}, every property of which must be one of {@code known}. */
    static JsonNode object(JsonNode node, DocumentField field, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw refuse(field, "must be an object");
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw refuse(field.at(name), "is not a field here (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
        return node;
    }

    static JsonNode required(JsonNode parent, DocumentField field, String name) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw refuse(field.at(name), "is missing");
        }
        return value;
    }

    static String text(JsonNode value, DocumentField field) {
        if (!value.isString() || value.stringValue().isBlank()) {
            throw refuse(field, "must be text, not " + value);
        }
        return value.stringValue().trim();
    }

    static int score(JsonNode value, DocumentField field) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw refuse(field, "must be a whole number from 0, not " + value);
        }
        return value.intValue();
    }

    /** A decimal, as a number or as text (money is written as text elsewhere in Caravan). */
    static BigDecimal decimal(JsonNode value, DocumentField field) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            try {
                return new BigDecimal(value.stringValue().trim());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw refuse(field, "must be a decimal number, not " + value);
    }

    static LocalDate date(JsonNode value, DocumentField field) {
        if (value.isString()) {
            try {
                return LocalDate.parse(value.stringValue().trim());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw refuse(field, "must be a date YYYY-MM-DD, not " + value);
    }

    static Optional<LocalDate> optionalDate(JsonNode parent, DocumentField field, String name) {
        JsonNode value = parent.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(date(value, field.at(name)));
    }

    static <E extends Enum<E>> E constant(JsonNode value, DocumentField field, Class<E> type) {
        String name = text(value, field);
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refuse(field, "'" + name + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** A non-empty list of values, each read (and checked) by {@code each}; a single value counts as a list of one. */
    static <T> List<T> list(JsonNode value, DocumentField field, ValueReader<T> each) {
        if (!value.isArray()) {
            return List.of(each.read(value, field));
        }
        if (value.isEmpty()) {
            throw refuse(field, "must list at least one value");
        }
        List<T> read = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            read.add(each.read(value.get(i), field.at(i)));
        }
        return read;
    }

    /** The properties of an object in document order. */
    static Iterable<Map.Entry<String, JsonNode>> properties(JsonNode node, DocumentField field) {
        if (!node.isObject()) {
            throw refuse(field, "must be an object");
        }
        return node.properties();
    }


    @FunctionalInterface
    interface ValueReader<T> {

        T read(JsonNode value, DocumentField field);
    }
}
