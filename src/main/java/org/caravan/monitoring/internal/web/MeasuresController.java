package org.caravan.monitoring.internal.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.monitoring.Granularity;
import org.caravan.monitoring.PilotMeasures;
import org.caravan.monitoring.Query;
import org.caravan.monitoring.Report;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The pilot's measures for customs: an officer those of its own administration, an admin
 * any or all. Only aggregates leave here, never a parcel.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class MeasuresController {

    private static final String CSV = "text/csv";
    /** Ten years of days: enough for any pilot, few enough that a report stays small. */
    private static final long MAX_DAYS = 3660;
    private static final Pattern LANE = Pattern.compile("[A-Z]{2}-[A-Z]{2}");
    private static final Set<String> SECTIONS = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "other", "unknown");

    private final PilotMeasures measures;

    MeasuresController(PilotMeasures measures) {
        this.measures = measures;
    }

    @Operation(summary = "The pilot's measures per period: decisions, releases before arrival, times to release, "
            + "inspection and hit rates, targeting precision, duties assessed and collected",
            description = "For customs: an officer sees its own administration (jurisdiction defaults to it; another is "
                    + "404), an admin any jurisdiction or, without one, all. Optional lane (e.g. CN-KZ) and HS section "
                    + "(I to XXI). from/to are UTC dates, inclusive (default: the last 30 days); granularity day, week "
                    + "(ISO, from Monday) or month. Definitions in docs/monitoring.md. Accept: text/csv or format=csv "
                    + "answers CSV.")
    @ApiResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MeasuresResponse.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "404", description = "The measures of another administration are not visible to this officer",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @GetMapping(path = "/measures", produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    ResponseEntity<?> measures(Caller caller, @RequestParam Optional<String> jurisdiction,
            @RequestParam Optional<String> lane, @RequestParam Optional<String> section,
            @RequestParam Optional<String> from, @RequestParam Optional<String> to,
            @RequestParam Optional<String> granularity, @RequestParam Optional<String> format,
            @org.springframework.web.bind.annotation.RequestHeader(value = HttpHeaders.ACCEPT, required = false)
            String accept) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        Violations v = new Violations();
        Optional<CountryCode> country = jurisdiction.or(() -> caller.is(Role.OFFICER)
                ? caller.administration().map(CountryCode::value) : Optional.empty()).flatMap(j -> country(v, j));
        lane.filter(l -> !LANE.matcher(l).matches()).ifPresent(l -> v.add("query:lane", "not-a-lane",
                "a trade lane is the departure and destination countries, e.g. CN-KZ"));
        section.filter(s -> !SECTIONS.contains(s)).ifPresent(s -> v.add("query:section",
                "not-an-hs-section", "an HS section is a Roman numeral I to XXI, other or unknown"));
        LocalDate until = to.map(t -> date(v, "query:to", t)).orElse(LocalDate.now(ZoneOffset.UTC));
        LocalDate since = from.map(f -> date(v, "query:from", f)).orElse(until == null ? null : until.minusDays(29));
        if (since != null && until != null) {
            if (since.isAfter(until)) {
                v.add("query:from", "after-to", "from must be on or before to");
            } else if (ChronoUnit.DAYS.between(since, until) >= MAX_DAYS) {
                v.add("query:from", "range-too-long", "a report covers at most " + MAX_DAYS + " days");
            }
        }
        Granularity g = granularity(v, granularity.orElse("day"));
        boolean csv = format.map(f -> f.equalsIgnoreCase("csv")).orElse(false)
                || (format.isEmpty() && accept != null && accept.contains(CSV));
        format.filter(f -> !f.equalsIgnoreCase("csv") && !f.equalsIgnoreCase("json")).ifPresent(f -> v.add(
                "query:format", "unknown-format", "format is json or csv"));
        v.throwIfAny();
        if (caller.is(Role.OFFICER) && country.isEmpty()) {
            throw new NotFound("No administration of this officer to measure");
        }
        if (country.isPresent() && !caller.administers(country.get())) {
            throw new NotFound("No measures of " + country.get().value() + " for this officer");
        }
        Report report = measures.report(new Query(country.map(c -> Set.of(c.value())).orElse(Set.of()), lane, section,
                since, until, g));
        if (csv) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"measures-" + since + "-" + until
                            + ".csv\"")
                    .body(report.toCsv());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MeasuresResponse.of(report));
    }

    private static Optional<CountryCode> country(Violations v, String jurisdiction) {
        if (!CountryCode.isValid(jurisdiction)) {
            v.add("query:jurisdiction", "not-iso-3166", "must be an ISO 3166-1 alpha-2 country code");
            return Optional.empty();
        }
        return Optional.of(CountryCode.of(jurisdiction));
    }

    private static LocalDate date(Violations v, String pointer, String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        v.add(pointer, "not-a-date", "a date is written yyyy-MM-dd, e.g. 2026-11-30");
        return null;
    }

    private static Granularity granularity(Violations v, String value) {
        try {
            return Granularity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("query:granularity", "unknown-granularity", "granularity is day, week or month");
            return null;
        }
    }
}
