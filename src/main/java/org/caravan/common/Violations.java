package org.caravan.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Collects every violation of a request before rejecting it, so a filer learns
 * about all bad fields in one round trip.
 */
public final class Violations {

    /**
     * Ten integer digits keep every amount, a filing's sums and their conversion into any pilot
     * currency (up to about 13,000 UZS per USD) inside the stores' numeric(19, 4) columns.
     */
    public static final int MAX_INTEGER_DIGITS = 10;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1," + MAX_INTEGER_DIGITS + "}(\\.\\d{1,18})?");

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String pointer, String code, String message) {
        found.add(new Violation(pointer, code, message));
        return this;
    }

    public boolean required(String pointer, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(pointer, "required", "is required");
            return false;
        }
        return true;
    }

    public boolean maxLength(String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            add(pointer, "too-long", "must be at most " + max + " characters");
            return false;
        }
        return true;
    }

    /**
     * A required decimal string that must be positive (or zero when {@code allowZero}). Only
     * plain notation of bounded length is parsed, so no input can cost more than a few
     * microseconds (an exponent or a million digits never reaches {@link BigDecimal}).
     */
    public BigDecimal decimal(String pointer, String value, boolean allowZero, int maxScale) {
        if (!required(pointer, value)) {
            return null;
        }
        String plain = value.trim();
        if (!PLAIN_DECIMAL.matcher(plain).matches()) {
            if (plain.startsWith("-") && PLAIN_DECIMAL.matcher(plain.substring(1)).matches()) {
                add(pointer, "not-positive", allowZero ? "must not be negative" : "must be greater than zero");
            } else {
                add(pointer, "not-a-decimal", "must be a plain decimal number such as \"12.50\", at most "
                        + MAX_INTEGER_DIGITS + " digits before the point and no exponent");
            }
            return null;
        }
        BigDecimal parsed = new BigDecimal(plain);
        if (!allowZero && parsed.signum() == 0) {
            add(pointer, "not-positive", "must be greater than zero");
            return null;
        }
        if (parsed.stripTrailingZeros().scale() > maxScale) {
            add(pointer, "too-precise", "must have at most " + maxScale + " decimal places");
            return null;
        }
        return parsed;
    }

    public <T> void each(String pointer, List<T> items, int maxSize, ItemCheck<T> check) {
        if (items == null || items.isEmpty()) {
            add(pointer, "required", "must contain at least one entry");
            return;
        }
        if (items.size() > maxSize) {
            add(pointer, "too-many", "must contain at most " + maxSize + " entries");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String itemPointer = pointer + "/" + i;
            if (item == null) {
                add(itemPointer, "required", "must not be null");
            } else {
                check.check(itemPointer, item);
            }
        }
    }

    public void nested(String pointer, Object value, Consumer<String> check) {
        if (required(pointer, value)) {
            check.accept(pointer);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }

    @FunctionalInterface
    public interface ItemCheck<T> {
        void check(String pointer, T item);
    }
}
