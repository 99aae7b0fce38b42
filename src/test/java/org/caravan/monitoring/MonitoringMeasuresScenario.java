package org.caravan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.ClearanceStatusChanged;
import org.caravan.clearance.ConsignmentsDecided;
import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.caravan.support.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The pilot's measures from real filings: parcels filed, decided, arrived, inspected, checked
 * and paid through the API on a lane of their own (KR-KZ), then every measure of the report
 * compared with what the test works out by hand from the consignments' own records (filing,
 * decision, arrival and history times, the outcomes it gave, the amounts it paid). Runs on H2
 * and on PostgreSQL.
 */
public abstract class MonitoringMeasuresScenario extends ApiTest {

    static final String MEASURES = "/api/v1/monitoring/measures";
    static final String LANE = "KR-KZ";
    static final String SMARTPHONE = "851713";
    static final String TSHIRT = "610910";
    static final String CIGARETTES = "240220";

    @Autowired
    PilotMeasures measures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventSerializer storedEvents;

    /** What the records of one parcel say, gathered from the API after the scenario. */
    record Fact(String section, Instant filedAt, Instant decidedAt, ClearanceStatus decided, String selection,
            Optional<Instant> arrivedAt, Optional<Instant> releasedAt, Optional<Instant> inspectedAt, boolean hit,
            List<Money> assessed, List<Money> paid) {
    }

    record Money(Instant at, BigDecimal amount, String currency) {
    }

    private String platform;
    private String platformId;
    private String courier;
    private String officer;

    @Test
    void everyMeasureIsWhatTheRecordsOfTheFilingsSay() {
        String[] id = new String[1];
        platform = platform(id);
        platformId = id[0];
        courier = as(Role.COURIER, null);
        officer = as(Role.OFFICER, "KZ");
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, List<Money>> assessed = new LinkedHashMap<>();
        Map<String, List<Money>> paid = new LinkedHashMap<>();
        Map<String, Boolean> hits = new LinkedHashMap<>();

        // A: released before arrival at its decision, then arrives
        String a = file(withOrder(TSHIRT, 2, "12.50", "25.00", "0.550"), "RELEASED_PRE_ARRIVAL");
        arrive(a);
        // B: released before arrival, never arrives
        String b = file(withOrder(TSHIRT, 2, "12.50", "25.00", "0.550"), "RELEASED_PRE_ARRIVAL");
        // C: duties due at the decision, paid before arrival
        String c = file(withOrder(SMARTPHONE, 1, "349.00", "349.00", "1.200"), "PAYMENT_REQUIRED");
        assessed.put(c, List.of(due(c)));
        paid.put(c, List.of(pay(c)));
        // D: duties due at the decision, arrives, then paid
        String d = file(withOrder(SMARTPHONE, 1, "349.00", "349.00", "1.200"), "PAYMENT_REQUIRED");
        assessed.put(d, List.of(due(d)));
        arrive(d);
        paid.put(d, List.of(pay(d)));
        // E: cigarettes, mandatory inspection: prohibited goods, seized (a hit)
        String e = file(Filings.line(Filings.unique("MON"), null, null, "KZ", "KZ-P" + Filings.unique(""), "Timur Akhmetov",
                CIGARETTES, 10, "60.00", "2.100"), "SELECTED_FOR_INSPECTION");
        arrive(e);
        result(e, "inspection", Map.of("outcome", "PROHIBITED_GOODS"));
        hits.put(e, true);
        // F: declared at 5 USD against an order of 349: targeted, irregular, reassessed, paid (a hit)
        String f = file(withOrder(SMARTPHONE, 1, "349.00", "5.00", "0.500"), "SELECTED_FOR_INSPECTION");
        arrive(f);
        Reply reassessed = result(f, "inspection", Map.of("outcome", "IRREGULARITY", "reassessedValue",
                Map.of("amount", "349.00", "currency", "USD")));
        assertThat(reassessed.body().get("status").asString()).isEqualTo("PAYMENT_REQUIRED");
        assessed.put(f, List.of(due(f)));
        paid.put(f, List.of(pay(f)));
        hits.put(f, true);
        // G: targeted the same way, nothing found: released on the spot
        String g = file(withOrder(SMARTPHONE, 1, "349.00", "5.00", "0.500"), "SELECTED_FOR_INSPECTION");
        arrive(g);
        result(g, "inspection", Map.of("outcome", "NO_FINDINGS"));
        hits.put(g, false);
        // H: a documentary check by score, documents accepted before arrival
        String h = file(Filings.line(Filings.unique("MON"), null, null, "KZ", "KZ-P" + Filings.unique(""), "Aigerim Sadykova",
                TSHIRT, 1, "20.00", "0.001"), "HELD_FOR_DOCUMENTS");
        result(h, "documents", Map.of("outcome", "DOCUMENTS_ACCEPTED"));
        for (String t : List.of(a, b, h)) {
            sections.put(t, "XI");
        }
        for (String t : List.of(c, d, f, g)) {
            sections.put(t, "XVI");
        }
        sections.put(e, "IV");

        List<Fact> facts = new ArrayList<>();
        sections.forEach((t, section) -> facts.add(fact(t, section, hits.getOrDefault(t, false),
                assessed.getOrDefault(t, List.of()), paid.getOrDefault(t, List.of()))));

        // the scenario did what it meant to: 8 decided, 3 inspected (2 hits, 1 of 2 targeted), 7 released, 4 before arrival
        assertThat(facts).hasSize(8);
        assertThat(facts.stream().filter(x -> x.releasedAt().isPresent())).hasSize(7);
        assertThat(facts.stream().filter(x -> x.inspectedAt().isPresent())).hasSize(3);
        assertThat(facts.stream().filter(x -> x.decided() == ClearanceStatus.SELECTED_FOR_INSPECTION)
                .map(Fact::selection)).containsExactlyInAnyOrder("MANDATORY", "TARGETED", "TARGETED");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(1);
        LocalDate to = today.plusDays(1);
        String query = MEASURES + "?jurisdiction=KZ&lane=" + LANE + "&from=" + from + "&to=" + to;
        Reply daily = api.get(query + "&granularity=day", officer);
        assertThat(daily.status()).as(daily.raw()).isEqualTo(200);
        OpenApiContract contract = new OpenApiContract(api.get("/v3/api-docs", null).body());
        assertThat(contract.violations("GET", MEASURES, daily)).isEmpty();
        JsonNode report = daily.body();
        assertThat(report.get("periods")).hasSize(3);
        for (JsonNode period : report.get("periods")) {
            LocalDate day = LocalDate.parse(period.get("period").asString());
            assertMeasures(period, facts, day::equals);
        }
        assertMeasures(report.get("total"), facts, x -> true);
        Instant first = facts.stream().map(Fact::filedAt).min(Instant::compareTo).orElseThrow();
        assertThat(report.get("total").get("decided").asLong()).isEqualTo(8);
        assertThat(report.get("total").get("released").asLong()).isEqualTo(7);
        assertThat(report.get("total").get("releasedBeforeArrival").asLong()).isEqualTo(4);
        assertThat(report.get("total").get("targetingPrecision").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(report.get("total").at("/dutiesAssessed/0/currency").asString()).isEqualTo("KZT");
        assertThat(first).isBefore(Instant.now());

        // one HS section: only its parcels
        JsonNode phones = api.get(query + "&section=XVI", officer).body().get("total");
        assertMeasures(phones, facts.stream().filter(x -> x.section().equals("XVI")).toList(), x -> true);
        assertThat(phones.get("decided").asLong()).isEqualTo(4);

        // a month at a time: one period starting on the 1st, the same total
        JsonNode monthly = api.get(query + "&granularity=month", officer).body();
        assertThat(monthly.get("periods").get(0).get("period").asString()).isEqualTo(from.withDayOfMonth(1).toString());
        assertMeasures(monthly.get("total"), facts, x -> true);

        // CSV: the header, a line per day, the total last, the same figures
        Reply csv = api.get(query + "&format=csv", officer);
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.raw().lines().toList();
        assertThat(csv.raw()).contains("\r\n");
        assertThat(lines).hasSize(1 + 3 + 1);
        List<String> header = List.of(lines.get(0).split(","));
        List<String> total = List.of(lines.get(4).split(",", -1));
        assertThat(total.get(0)).isEqualTo("total");
        assertThat(total.get(header.indexOf("decided"))).isEqualTo("8");
        assertThat(total.get(header.indexOf("hits"))).isEqualTo("2");
        assertThat(total.get(header.indexOf("medianFilingToReleaseMs")))
                .isEqualTo(Long.toString(nearestRankRoundedUp(filingToRelease(facts, x -> true), 50)));
        assertThat(new BigDecimal(total.get(header.indexOf("dutiesCollected_KZT"))))
                .isEqualByComparingTo(sum(facts, Fact::paid, x -> true).get("KZT"));

        // the Java API the console reads says the same, and knows the lane and the sections
        Report direct = measures.report(new Query(Set.of("KZ"), Optional.of(LANE), Optional.empty(), from, to,
                Granularity.WEEK));
        assertThat(direct.total().decided()).isEqualTo(8);
        assertThat(direct.total().medianArrivalToRelease())
                .isEqualTo(Duration.ofMillis(nearestRankRoundedUp(arrivalToRelease(facts, x -> true), 50)));
        assertThat(measures.lanes(Set.of("KZ"))).contains(LANE);
        assertThat(measures.sections(Set.of("KZ"))).contains("IV", "XI", "XVI");
        assertThat(measures.sections(Set.of("KZ")).indexOf("IV")).isLessThan(measures.sections(Set.of("KZ")).indexOf("XI"));
    }

    @Test
    void anOfficerSeesOnlyItsAdministrationAndBadParametersAreNamed() {
        String uz = as(Role.OFFICER, "UZ");
        OpenApiContract contract = new OpenApiContract(api.get("/v3/api-docs", null).body());
        Reply foreign = api.get("/api/v1/monitoring/measures?jurisdiction=KZ", uz);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(contract.violations("GET", MEASURES, foreign)).isEmpty();
        assertThat(api.get("/api/v1/monitoring/measures", uz).body().get("jurisdictions").get(0).asString())
                .isEqualTo("UZ");
        assertThat(api.get("/api/v1/monitoring/measures", as(Role.COURIER, null)).status()).isEqualTo(403);
        for (String[] bad : new String[][] {{"jurisdiction=K1", "query:jurisdiction"}, {"lane=CNKZ", "query:lane"},
                {"section=XXII", "query:section"}, {"from=2026-13-01", "query:from"}, {"to=yesterday", "query:to"},
                {"from=2026-11-30&to=2026-11-01", "query:from"}, {"granularity=hour", "query:granularity"},
                {"from=2000-01-01&to=2026-11-01", "query:from"}, {"format=xml", "query:format"}}) {
            Reply r = api.get("/api/v1/monitoring/measures?" + bad[0], uz);
            assertThat(r.status()).as(bad[0]).isEqualTo(422);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.raw()).as(bad[0]).contains(bad[1]);
            assertThat(contract.violations("GET", MEASURES, r)).isEmpty();
        }
    }

    @Test
    void aRolledBackChangeLeavesNoRollupRowsAndCurrenciesAreNeverAdded() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(decided("XQ-KZ", now, new BigDecimal("100.00"), "KZT"));
            tx.setRollbackOnly();
        });
        assertThat(measures.lanes(Set.of("KZ"))).doesNotContain("XQ-KZ");
        assertThat(measures.report(new Query(Set.of("KZ"), Optional.of("XQ-KZ"), Optional.empty(), today, today,
                Granularity.DAY)).total().decided()).isZero();

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(decided("JP-KZ", now, new BigDecimal("100.00"), "KZT"));
            events.publishEvent(decided("JP-KZ", now, new BigDecimal("2.50"), "USD"));
            events.publishEvent(decided("JP-KZ", now, new BigDecimal("0.75"), "USD"));
        });
        Row total = measures.report(new Query(Set.of("KZ"), Optional.of("JP-KZ"), Optional.empty(), today, today,
                Granularity.DAY)).total();
        assertThat(total.decided()).isEqualTo(3);
        assertThat(total.dutiesAssessed()).extracting(Amount::currency).containsExactly("KZT", "USD");
        assertThat(total.dutiesAssessed().get(0).amount()).isEqualByComparingTo("100.00");
        assertThat(total.dutiesAssessed().get(1).amount()).isEqualByComparingTo("3.25");
    }

    @Test
    void theEnrichedEventsReadBackFromThePublicationRegistryAndOlderOnesStillDo() {
        var decision = new ConsignmentsDecided.Decision("MON1", "KZ", ClearanceStatus.SELECTED_FOR_INSPECTION,
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:03Z"), new BigDecimal("9380.10"),
                "KZT", "CN-KZ", "XVI", "TARGETED");
        var decided = new ConsignmentsDecided(UUID.randomUUID(), List.of(decision));
        assertThat(storedEvents.deserialize(storedEvents.serialize(decided), ConsignmentsDecided.class)).isEqualTo(decided);
        var changed = new ClearanceStatusChanged("MON1", "KZ", ClearanceStatus.RELEASED,
                ClearanceStatusChanged.Cause.PAYMENT_CONFIRMED, Instant.parse("2026-11-21T12:00:00Z"), null, null, "CN-KZ",
                "XVI", "TARGETED", Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T11:00:00Z"), true,
                new BigDecimal("40664.51"), "KZT");
        assertThat(storedEvents.deserialize(storedEvents.serialize(changed), ClearanceStatusChanged.class)).isEqualTo(changed);

        // a publication stored before the events carried monitoring's fields, republished after an upgrade
        String older = "{\"trackingNumber\":\"MON2\",\"jurisdiction\":\"KZ\",\"status\":\"RELEASED\","
                + "\"cause\":\"ARRIVED\",\"occurredAt\":\"2026-11-21T12:00:00Z\"}";
        assertThat(storedEvents.deserialize(older, ClearanceStatusChanged.class)).isEqualTo(new ClearanceStatusChanged(
                "MON2", "KZ", ClearanceStatus.RELEASED, ClearanceStatusChanged.Cause.ARRIVED,
                Instant.parse("2026-11-21T12:00:00Z")));
    }

    @Test
    void aRefusedFilingLeavesNoRollupRows() {
        String courierToken = as(Role.COURIER, null);
        Map<String, Object> line = Filings.line(Filings.unique("MON"), null, null, "KZ", "KZ-P" + Filings.unique(""),
                "Dana Omarova", "12345", 1, "20.00", "0.300");
        Map<String, Object> manifest = manifest(line);
        manifest.put("departure", Map.of("country", "AE", "location", "AEDXB"));
        manifest.put("route", List.of("AE", "KZ"));
        assertThat(api.post("/api/v1/manifests", courierToken, Filings.unique("k"), manifest).status()).isEqualTo(422);
        assertThat(measures.lanes(Set.of())).doesNotContain("AE-KZ");
    }

    private static ConsignmentsDecided decided(String lane, Instant at, BigDecimal due, String currency) {
        return new ConsignmentsDecided(UUID.randomUUID(), List.of(new ConsignmentsDecided.Decision(Filings.unique("MON"),
                "KZ", ClearanceStatus.PAYMENT_REQUIRED, at.minusSeconds(1), at, due, currency, lane, "XVI", "NONE")));
    }

    // --- the scenario's steps -----------------------------------------------------------------

    private Map<String, Object> withOrder(String hs, int quantity, String unitPrice, String declared, String massKg) {
        String orderRef = Filings.unique("TM-");
        String consumer = "KZ-P" + Filings.unique("");
        Reply order = api.post("/api/v1/orders", platform, Filings.unique("k"),
                Filings.order(orderRef, "KZ", consumer, "Dana Omarova", hs, quantity, unitPrice));
        assertThat(order.status()).as(order.raw()).isEqualTo(201);
        return Filings.line(Filings.unique("MON"), platformId, orderRef, "KZ", consumer, "Dana Omarova", hs, quantity,
                declared, massKg);
    }

    private static Map<String, Object> manifest(Map<String, Object> line) {
        Map<String, Object> m = Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(line));
        m.put("departure", Map.of("country", "KR", "location", "KRICN"));
        m.put("route", List.of("KR", "KZ"));
        return m;
    }

    private String file(Map<String, Object> line, String expected) {
        String tracking = (String) line.get("trackingNumber");
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest(line));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).as(decided.toString()).isEqualTo(expected);
        return tracking;
    }

    private void arrive(String tracking) {
        assertThat(api.post("/api/v1/consignments/" + tracking + "/arrival", courier, null, "{}").status()).isEqualTo(200);
    }

    private Reply result(String tracking, String queue, Map<String, Object> body) {
        Reply r = api.post("/api/v1/tasks/" + api.openTask(officer, tracking, queue) + "/result", officer, null, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r;
    }

    /** What the case shows as due now, at the time of the history entry that made it due. */
    private Money due(String tracking) {
        JsonNode c = api.get("/api/v1/consignments/" + tracking, officer).body().at("/cases/0");
        JsonNode history = c.get("history");
        Instant at = Instant.parse(history.get(history.size() - 1).get("at").asString());
        return new Money(at, new BigDecimal(c.at("/amountDue/amount").asString()), c.at("/amountDue/currency").asString());
    }

    private Money pay(String tracking) {
        JsonNode request = api.get("/api/v1/consignments/" + tracking + "/payment-requests", platform).body()
                .at("/requests/0");
        String amount = request.at("/amount/amount").asString();
        String currency = request.at("/amount/currency").asString();
        Reply paid = api.post("/api/v1/payments", platform, null, Map.of("reference", request.get("reference").asString(),
                "amount", Map.of("amount", amount, "currency", currency), "providerRef", "TX-" + tracking,
                "collectedAtCheckout", false));
        assertThat(paid.status()).as(paid.raw()).isEqualTo(201);
        JsonNode history = api.get("/api/v1/consignments/" + tracking, officer).body().at("/cases/0/history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("PAYMENT_CONFIRMED");
        return new Money(Instant.parse(last.get("at").asString()), new BigDecimal(amount), currency);
    }

    /** The parcel's record as customs see it: times from the filing, the case and its history. */
    private Fact fact(String tracking, String section, boolean hit, List<Money> assessed, List<Money> paid) {
        JsonNode view = api.get("/api/v1/consignments/" + tracking, officer).body();
        JsonNode c = view.at("/cases/0");
        Optional<Instant> released = Optional.empty();
        Optional<Instant> inspected = Optional.empty();
        ClearanceStatus previous = null;
        for (JsonNode entry : c.get("history")) {
            ClearanceStatus status = ClearanceStatus.valueOf(entry.get("status").asString());
            Instant at = Instant.parse(entry.get("at").asString());
            if (released.isEmpty() && (status == ClearanceStatus.RELEASED || status == ClearanceStatus.RELEASED_PRE_ARRIVAL)) {
                released = Optional.of(at);
            }
            if (previous == ClearanceStatus.SELECTED_FOR_INSPECTION && entry.get("action").asString().equals("TASK_RESULT")) {
                inspected = Optional.of(at);
            }
            previous = status;
        }
        JsonNode arrived = c.get("arrivedAt");
        return new Fact(section, Instant.parse(view.at("/consignment/filedAt").asString()),
                Instant.parse(c.get("decidedAt").asString()),
                ClearanceStatus.valueOf(c.at("/history/0/status").asString()), c.at("/risk/selection").asString(),
                arrived == null || arrived.isNull() ? Optional.empty() : Optional.of(Instant.parse(arrived.asString())),
                released, inspected, hit, assessed, paid);
    }

    // --- the measures worked out by hand --------------------------------------------------------

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static void assertMeasures(JsonNode row, List<Fact> facts, Predicate<LocalDate> on) {
        long decided = facts.stream().filter(x -> on.test(day(x.decidedAt()))).count();
        long released = facts.stream().filter(x -> x.releasedAt().filter(t -> on.test(day(t))).isPresent()).count();
        long beforeArrival = facts.stream().filter(x -> x.releasedAt().filter(t -> on.test(day(t)))
                .filter(t -> x.arrivedAt().map(t::isBefore).orElse(true)).isPresent()).count();
        long selected = facts.stream().filter(x -> x.decided() == ClearanceStatus.SELECTED_FOR_INSPECTION)
                .filter(x -> on.test(day(x.decidedAt()))).count();
        List<Fact> inspected = facts.stream().filter(x -> x.inspectedAt().filter(t -> on.test(day(t))).isPresent()).toList();
        long hits = inspected.stream().filter(Fact::hit).count();
        List<Fact> targeted = inspected.stream().filter(x -> x.selection().equals("TARGETED")).toList();
        List<Fact> random = inspected.stream().filter(x -> x.selection().equals("RANDOM")).toList();
        String where = row.toString();
        assertThat(row.get("decided").asLong()).as(where).isEqualTo(decided);
        assertThat(row.get("released").asLong()).as(where).isEqualTo(released);
        assertThat(row.get("releasedBeforeArrival").asLong()).as(where).isEqualTo(beforeArrival);
        assertRatio(row, "shareReleasedBeforeArrival", beforeArrival, released);
        assertThat(row.get("inspectionsSelected").asLong()).as(where).isEqualTo(selected);
        assertRatio(row, "inspectionRate", selected, decided);
        assertThat(row.get("inspectionsCompleted").asLong()).as(where).isEqualTo(inspected.size());
        assertThat(row.get("hits").asLong()).as(where).isEqualTo(hits);
        assertRatio(row, "hitRate", hits, inspected.size());
        assertThat(row.get("targetedInspections").asLong()).as(where).isEqualTo(targeted.size());
        long targetedHits = targeted.stream().filter(Fact::hit).count();
        assertThat(row.get("targetedHits").asLong()).as(where).isEqualTo(targetedHits);
        assertRatio(row, "targetingPrecision", targetedHits, targeted.size());
        assertThat(row.get("randomInspections").asLong()).as(where).isEqualTo(random.size());
        assertRatio(row, "randomHitRate", random.stream().filter(Fact::hit).count(), random.size());
        List<Long> filing = filingToRelease(facts, on);
        List<Long> arrival = arrivalToRelease(facts, on);
        assertMillis(row, "medianFilingToReleaseMs", filing, 50);
        assertMillis(row, "p90FilingToReleaseMs", filing, 90);
        assertMillis(row, "medianArrivalToReleaseMs", arrival, 50);
        assertMillis(row, "p90ArrivalToReleaseMs", arrival, 90);
        assertMoney(row, "dutiesAssessed", sum(facts, Fact::assessed, on));
        assertMoney(row, "dutiesCollected", sum(facts, Fact::paid, on));
    }

    /** Filing to release, in ms, of each case released on a day of {@code on}. */
    private static List<Long> filingToRelease(List<Fact> facts, Predicate<LocalDate> on) {
        return facts.stream().filter(x -> x.releasedAt().filter(t -> on.test(day(t))).isPresent())
                .map(x -> Duration.between(x.filedAt(), x.releasedAt().get()).toMillis()).toList();
    }

    /**
     * Arrival to release, in ms: for a case released after it arrived, on its release day; for
     * one released before it arrived, 0 on its arrival day.
     */
    private static List<Long> arrivalToRelease(List<Fact> facts, Predicate<LocalDate> on) {
        List<Long> found = new ArrayList<>();
        for (Fact x : facts) {
            if (x.arrivedAt().isEmpty() || x.releasedAt().isEmpty()) {
                continue;
            }
            Instant arrived = x.arrivedAt().get();
            Instant released = x.releasedAt().get();
            if (released.isBefore(arrived)) {
                if (on.test(day(arrived))) {
                    found.add(0L);
                }
            } else if (on.test(day(released))) {
                found.add(Duration.between(arrived, released).toMillis());
            }
        }
        return found;
    }

    private static Map<String, BigDecimal> sum(List<Fact> facts, java.util.function.Function<Fact, List<Money>> money,
            Predicate<LocalDate> on) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        facts.forEach(x -> money.apply(x).stream().filter(m -> on.test(day(m.at())))
                .forEach(m -> sums.merge(m.currency(), m.amount(), BigDecimal::add)));
        return sums;
    }

    /** The textbook nearest rank (the least r with r/n ≥ p/100), rounded up to 3 significant figures. */
    private static long nearestRankRoundedUp(List<Long> millis, int percent) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = 1;
        while (rank * 100L < (long) percent * sorted.size()) {
            rank++;
        }
        return new BigDecimal(sorted.get(rank - 1)).round(new MathContext(3, RoundingMode.CEILING)).longValueExact();
    }

    private static void assertMillis(JsonNode row, String field, List<Long> millis, int percent) {
        JsonNode value = row.get(field);
        if (millis.isEmpty()) {
            assertThat(value == null || value.isNull()).as(field + " in " + row).isTrue();
        } else {
            assertThat(value.asLong()).as(field + " of " + millis).isEqualTo(nearestRankRoundedUp(millis, percent));
        }
    }

    private static void assertRatio(JsonNode row, String field, long part, long whole) {
        JsonNode value = row.get(field);
        if (whole == 0) {
            assertThat(value == null || value.isNull()).as(field + " in " + row).isTrue();
        } else {
            assertThat(value.decimalValue()).as(field + " in " + row).isEqualByComparingTo(
                    BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
        }
    }

    private static void assertMoney(JsonNode row, String field, Map<String, BigDecimal> expected) {
        Map<String, BigDecimal> found = new TreeMap<>();
        row.get(field).forEach(m -> found.put(m.get("currency").asString(), m.get("amount").decimalValue()));
        assertThat(found.keySet()).as(field + " in " + row).isEqualTo(expected.keySet());
        expected.forEach((currency, amount) -> assertThat(found.get(currency)).as(field + " " + currency)
                .isEqualByComparingTo(amount));
    }
}
