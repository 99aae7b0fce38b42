package org.caravan.console.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.caravan.common.NotFound;
import org.caravan.monitoring.Granularity;
import org.caravan.monitoring.PilotMeasures;
import org.caravan.monitoring.Query;
import org.caravan.monitoring.Report;
import org.caravan.monitoring.Row;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Jurisdictions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring and evaluation dashboard: the pilot's measures per trade lane and HS section
 * over time, as figures, charts and a table, with the same figures as CSV. An officer sees its
 * own administration's, an administrator any one or all. The numbers come from monitoring's
 * rollups; this page only arranges them.
 */
@Controller
class DashboardPages {

    /** A year of days on one page: the charts stay readable, and monthly views cover longer. */
    private static final long MAX_DAYS = 366;

    private final PilotMeasures measures;
    private final Jurisdictions jurisdictions;

    DashboardPages(PilotMeasures measures, Jurisdictions jurisdictions) {
        this.measures = measures;
        this.jurisdictions = jurisdictions;
    }

    /** The filters as given, each checked; a bad one is named on the page and its default used. */
    record Filters(String jurisdiction, String lane, String section, LocalDate from, LocalDate to, Granularity granularity,
            Map<String, String> errors) {

        String query() {
            StringBuilder q = new StringBuilder("from=").append(from).append("&to=").append(to).append("&granularity=")
                    .append(granularity.name().toLowerCase(Locale.ROOT));
            if (!jurisdiction.isEmpty()) {
                q.append("&jurisdiction=").append(jurisdiction);
            }
            if (!lane.isEmpty()) {
                q.append("&lane=").append(lane);
            }
            if (!section.isEmpty()) {
                q.append("&section=").append(section);
            }
            return q.toString();
        }
    }

    @GetMapping("/console/dashboard")
    String dashboard(Caller caller, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Filters filters = filters(caller, params);
        Report report = measures.report(query(filters));
        Set<String> visible = filters.jurisdiction().isEmpty() ? Set.of() : Set.of(filters.jurisdiction());
        model.addAttribute("filters", filters);
        model.addAttribute("jurisdictions", caller.is(Role.ADMIN)
                ? jurisdictions.all().stream().map(j -> j.code().value()).sorted().toList()
                : caller.administration().map(a -> List.of(a.value())).orElse(List.of()));
        model.addAttribute("lanes", measures.lanes(visible));
        model.addAttribute("sections", measures.sections(visible));
        model.addAttribute("report", report);
        model.addAttribute("tiles", DashboardTiles.of(report.total()));
        model.addAttribute("table", report.periods().stream()
                .map(r -> DashboardTiles.TableRow.of(r.period().toString(), r)).toList());
        model.addAttribute("total", DashboardTiles.TableRow.of("Whole range", report.total()));
        model.addAttribute("volumes", ChartData.json(chart("bar", report, "parcels", List.of(
                series("Decided", r -> r.decided()), series("Released before arrival", r -> r.releasedBeforeArrival())))));
        model.addAttribute("rates", ChartData.json(chart("line", report, "%", List.of(
                series("Released before arrival", r -> Figures.percentValue(r.shareReleasedBeforeArrival())),
                series("Inspection rate", r -> Figures.percentValue(r.inspectionRate())),
                series("Hit rate", r -> Figures.percentValue(r.hitRate())),
                series("Targeting precision", r -> Figures.percentValue(r.targetingPrecision()))))));
        model.addAttribute("times", ChartData.json(chart("line", report, "minutes", List.of(
                series("Median, filing to release", r -> Figures.minutes(r.medianFilingToRelease())),
                series("90th percentile, filing to release", r -> Figures.minutes(r.p90FilingToRelease())),
                series("Median, arrival to release", r -> Figures.minutes(r.medianArrivalToRelease())),
                series("90th percentile, arrival to release", r -> Figures.minutes(r.p90ArrivalToRelease()))))));
        model.addAttribute("csv", "/console/dashboard.csv?" + filters.query());
        // htmx swaps only the figures when a filter changes; a plain request gets the whole page
        return htmx != null ? "console/dashboard :: figures" : "console/dashboard";
    }

    @GetMapping("/console/dashboard.csv")
    ResponseEntity<byte[]> csv(Caller caller, @RequestParam Map<String, String> params) {
        Filters filters = filters(caller, params);
        Report report = measures.report(query(filters));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("measures-" + filters.from() + "-" + filters.to() + ".csv").build().toString())
                .body(report.toCsv().getBytes(StandardCharsets.UTF_8));
    }

    private static Query query(Filters f) {
        return new Query(f.jurisdiction().isEmpty() ? Set.of() : Set.of(f.jurisdiction()),
                Optional.of(f.lane()).filter(l -> !l.isEmpty()), Optional.of(f.section()).filter(s -> !s.isEmpty()), f.from(),
                f.to(), f.granularity());
    }

    /** An officer is held to its administration (another is not found, as on the API); an admin may pick any or all. */
    private static Filters filters(Caller caller, Map<String, String> params) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        String jurisdiction = params.getOrDefault("jurisdiction", "").trim().toUpperCase(Locale.ROOT);
        if (caller.is(Role.OFFICER)) {
            String own = caller.administration().map(CountryCode::value)
                    .orElseThrow(() -> new NotFound("No administration of this officer to measure"));
            if (!jurisdiction.isEmpty() && !jurisdiction.equals(own)) {
                throw new NotFound("No measures of " + jurisdiction + " for this officer");
            }
            jurisdiction = own;
        } else if (!jurisdiction.isEmpty() && !CountryCode.isValid(jurisdiction)) {
            errors.put("jurisdiction", "Choose a jurisdiction from the list.");
            jurisdiction = "";
        }
        String lane = params.getOrDefault("lane", "").trim().toUpperCase(Locale.ROOT);
        if (!lane.isEmpty() && !lane.matches("[A-Z]{2}-[A-Z]{2}")) {
            errors.put("lane", "A trade lane is two country codes, such as CN-KZ.");
            lane = "";
        }
        String section = params.getOrDefault("section", "").trim();
        if (!section.isEmpty() && !section.matches("[IVX]{1,5}|other|unknown")) {
            errors.put("section", "An HS section is a Roman numeral, I to XXI.");
            section = "";
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate to = date(params.get("to"), "to", errors).orElse(today);
        LocalDate from = date(params.get("from"), "from", errors).orElse(to.minusDays(29));
        if (from.isAfter(to)) {
            errors.put("from", "From must be on or before to.");
            from = to.minusDays(29);
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            errors.put("from", "The dashboard shows at most " + MAX_DAYS + " days; the CSV of the API covers more.");
            from = to.minusDays(MAX_DAYS - 1);
        }
        Granularity granularity = Granularity.DAY;
        String g = params.getOrDefault("granularity", "day").trim().toUpperCase(Locale.ROOT);
        try {
            granularity = Granularity.valueOf(g);
        } catch (IllegalArgumentException e) {
            errors.put("granularity", "Group by day, week or month.");
        }
        return new Filters(jurisdiction, lane, section, from, to, granularity, errors);
    }

    private static Optional<LocalDate> date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            errors.put(field, "Write the date as yyyy-mm-dd, such as 2026-11-30.");
            return Optional.empty();
        }
    }

    private record Series(String label, Function<Row, Object> value) {
    }

    private static Series series(String label, Function<Row, Object> value) {
        return new Series(label, value);
    }

    private static Map<String, Object> chart(String type, Report report, String unit, List<Series> series) {
        List<String> labels = report.periods().stream().map(r -> r.period().toString()).toList();
        List<Map<String, Object>> data = new ArrayList<>();
        for (Series s : series) {
            List<Object> values = new ArrayList<>();
            report.periods().forEach(r -> values.add(s.value().apply(r)));
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", s.label());
            one.put("data", values);
            data.add(one);
        }
        return Map.of("type", type, "labels", labels, "unit", unit, "series", data);
    }
}
