package org.caravan.interchange.internal.edifact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** DTM date/time values in the formats of code list 2379 Caravan reads: 102, 203 and 204, all UTC. */
final class EdifactDates {

    private static final DateTimeFormatter F102 = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter F203 = DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter F204 = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private EdifactDates() {
    }

    static Optional<Instant> parse(String value, String format) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (format == null ? "" : format) {
                case "102" -> LocalDate.parse(value, F102).atStartOfDay().toInstant(ZoneOffset.UTC);
                case "203" -> LocalDateTime.parse(value, F203).toInstant(ZoneOffset.UTC);
                case "204" -> LocalDateTime.parse(value, F204).toInstant(ZoneOffset.UTC);
                default -> throw new DateTimeParseException("format", value, 0);
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
