package org.caravan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The officer's workbench over HTTP: an officer works its own administration only (another's
 * consignment is a 404 page, its parcels are absent from the queues), a result needs the
 * session's CSRF token, a rejected result names the field, and a result recorded in the
 * console is audited exactly as one recorded through the API. Runs on H2 and on PostgreSQL.
 */
public abstract class WorkbenchPages extends ApiTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TASK = Pattern.compile("name=\"taskId\" value=\"([^\"]+)\"");

    @LocalServerPort
    int localPort;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerSeesItsOwnAdministrationOnly() throws Exception {
        String tracking = fileSelectedForInspection();
        Console kz = signIn("KZ");
        Console uz = signIn("UZ");

        HttpResponse<String> queue = kz.get("/console/queues/inspection");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(tracking).contains("<caption").contains("scope=\"col\"")
                .as("the workbench's keys in the ? dialog").contains("Next / previous consignment in a queue");
        HttpResponse<String> found = kz.get("/console/queues/inspection?q=" + tracking.substring(3));
        assertThat(found.body()).contains(tracking).contains("1 consignment waiting");
        assertThat(kz.get("/console/consignments/" + tracking).statusCode()).isEqualTo(200);

        HttpResponse<String> other = uz.get("/console/consignments/" + tracking);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("<h1>Not found</h1>").doesNotContain(tracking);
        assertThat(uz.get("/console/queues/inspection").body()).doesNotContain(tracking);
        assertThat(queue.body()).contains(row(tracking));
        assertThat(uz.get("/console/queues/inspection?jurisdiction=KZ").statusCode()).isEqualTo(404);
    }

    @Test
    void anAdministratorNamesTheAdministrationItLooksAt() throws Exception {
        String tracking = fileSelectedForInspection();
        String admin = Filings.unique("admin-");
        parties.register(admin, SECRET, "Console administrator", Role.ADMIN, Optional.empty());
        Console console = signInAs(admin);

        HttpResponse<String> unnamed = console.get("/console/queues/inspection");
        assertThat(unnamed.statusCode()).isEqualTo(422);
        assertThat(unnamed.body()).contains("role=\"alert\"").contains("Administration: name the country");
        assertThat(console.get("/console/queues/inspection?jurisdiction=kz&q=" + tracking).body()).contains(row(tracking));
        assertThat(console.get("/console/consignments/" + tracking).body()).contains("SELECTED_FOR_INSPECTION");
    }

    @Test
    void recordingAResultNeedsTheSessionsCsrfToken() throws Exception {
        String tracking = fileSelectedForInspection();
        Console kz = signIn("KZ");
        String page = kz.get("/console/consignments/" + tracking).body();
        Map<String, String> form = Map.of("taskId", match(TASK, page), "outcome", "NO_FINDINGS");

        assertThat(kz.post("/console/consignments/" + tracking + "/result", form).statusCode()).isEqualTo(403);
        assertThat(kz.get("/console/consignments/" + tracking).body()).contains("SELECTED_FOR_INSPECTION");
    }

    @Test
    void aRejectedResultNamesTheFieldInAnAlert() throws Exception {
        String tracking = fileSelectedForInspection();
        Console kz = signIn("KZ");
        String page = kz.get("/console/consignments/" + tracking).body();
        String task = match(TASK, page);
        String path = "/console/consignments/" + tracking + "/result";

        HttpResponse<String> noReason = kz.post(path, kz.withToken(page, Map.of("taskId", task, "outcome", "IRREGULARITY",
                "reassessedValue", "120.00", "currency", "USD")));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("role=\"alert\"").contains("Reason: say what was found")
                .contains("aria-invalid=\"true\"");

        HttpResponse<String> noOutcome = kz.post(path, kz.withToken(page, Map.of("taskId", task)));
        assertThat(noOutcome.statusCode()).isEqualTo(422);
        assertThat(noOutcome.body()).contains("Outcome: choose what the control found");

        HttpResponse<String> badAmount = kz.post(path, kz.withToken(page, Map.of("taskId", task, "outcome", "IRREGULARITY",
                "note", "two phones, not one", "reassessedValue", "a lot", "currency", "USD")));
        assertThat(badAmount.statusCode()).isEqualTo(422);
        assertThat(badAmount.body()).contains("Reassessed value: must be an amount");

        // the use case's own rule, as the API answers it: an irregularity needs the value the officer found
        HttpResponse<String> noValue = kz.post(path, kz.withToken(page, Map.of("taskId", task, "outcome", "IRREGULARITY",
                "note", "two phones, not one")));
        assertThat(noValue.statusCode()).isEqualTo(422);
        assertThat(noValue.body()).contains("Reassessed value: an irregularity needs the value established by the officer");
        assertThat(kz.get("/console/consignments/" + tracking).body()).contains("SELECTED_FOR_INSPECTION");
    }

    @Test
    void aResultFromTheConsoleIsAuditedAsOneFromTheApi() throws Exception {
        String officerId = Filings.unique("officer-kz-");
        parties.register(officerId, SECRET, "Aliya Nurlanova", Role.OFFICER, Optional.of(CountryCode.of("KZ")));
        String officer = api.token(officerId, SECRET);
        String courier = as(Role.COURIER, null);
        String viaApi = fileSelectedForInspection(courier, officer);
        String viaConsole = fileSelectedForInspection(courier, officer);
        api.post("/api/v1/consignments/" + viaApi + "/arrival", courier, null, "{}");
        api.post("/api/v1/consignments/" + viaConsole + "/arrival", courier, null, "{}");

        String task = api.openTask(officer, viaApi, "inspection");
        assertThat(api.post("/api/v1/tasks/" + task + "/result", officer, null,
                Map.of("outcome", "NO_FINDINGS", "note", "seals intact")).status()).isEqualTo(200);
        Console console = signInAs(officerId);
        String page = console.get("/console/consignments/" + viaConsole).body();
        HttpResponse<String> recorded = console.post("/console/consignments/" + viaConsole + "/result",
                console.withToken(page, Map.of("taskId", match(TASK, page), "outcome", "NO_FINDINGS", "note", "seals intact")));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElseThrow()).endsWith("/console/consignments/" + viaConsole);
        String after = console.get("/console/consignments/" + viaConsole).body();
        assertThat(after).contains("Result recorded: no findings").contains("seals intact");
        // the same result sent again (a second tab, a double submit): the task is done, 409 in the form
        HttpResponse<String> again = console.post("/console/consignments/" + viaConsole + "/result",
                console.withToken(after, Map.of("taskId", match(TASK, page), "outcome", "NO_FINDINGS")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("role=\"alert\"").contains("Outcome: Task").contains("completed already");

        List<String> fromApi = audited(viaApi, viaApi);
        List<String> fromConsole = audited(viaConsole, viaConsole);
        assertThat(fromConsole).isNotEmpty().isEqualTo(fromApi);
        assertThat(String.join("\n", fromConsole)).contains(officerId).contains("INSPECTION NO_FINDINGS: seals intact");
        assertThat(api.get("/api/v1/consignments/" + viaConsole, officer).body().get("status").asString())
                .isEqualTo(api.get("/api/v1/consignments/" + viaApi, officer).body().get("status").asString());
    }

    @Test
    void paymentHoldsAreAQueueAndTheFilterNarrowsIt() throws Exception {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("WBP");
        String consumer = "KZ-W" + Filings.unique("");
        assertThat(api.post("/api/v1/orders", platform, Filings.unique("k"), Filings.order(orderRef, "KZ", consumer,
                "Aigerim Sadykova", "851713", 1, "349.00")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", consumer, "Aigerim Sadykova", "851713",
                        1, "349.00", "0.500")))).status()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/status").asString()).isEqualTo("PAYMENT_REQUIRED");
        int score = decided.at("/cases/0/risk/score").asInt();
        String laneKey = "CN-KZ";
        Console kz = signIn("KZ");

        HttpResponse<String> holds = kz.get("/console/queues/payments?q=" + tracking);
        assertThat(holds.body()).contains(row(tracking)).contains("aria-current=\"page\"");
        assertThat(kz.get("/console/queues/inspection?q=" + tracking).body()).doesNotContain(row(tracking));
        assertThat(kz.get("/console/queues/payments?q=" + tracking + "&minScore=" + score).body()).contains(row(tracking));
        assertThat(kz.get("/console/queues/payments?q=" + tracking + "&minScore=" + (score + 1)).body())
                .doesNotContain(row(tracking));
        assertThat(kz.get("/console/queues/payments?q=" + tracking + "&lane=" + laneKey).body()).contains(row(tracking));
        assertThat(kz.get("/console/queues/payments?q=" + tracking + "&lane=DE-KZ").body()).doesNotContain(row(tracking));

        HttpResponse<String> badScore = kz.get("/console/queues/payments?minScore=plenty");
        assertThat(badScore.statusCode()).isEqualTo(422);
        assertThat(badScore.body()).contains("role=\"alert\"").contains("Minimum risk score: must be a whole number");
        assertThat(kz.get("/console/queues/everything").statusCode()).isEqualTo(404);
    }

    /** The audit trail of a parcel after its arrival, with its own tracking number and case id made neutral. */
    private List<String> audited(String tracking, String subject) {
        return jdbc.sql("select actor, action, detail from audit_entry where subject_id = ? and action <> 'case.arrived'"
                        + " order by seq")
                .param(subject)
                .query((rs, n) -> {
                    JsonNode detail = Api.JSON.readTree(rs.getString(3));
                    return rs.getString(1) + " " + rs.getString(2) + " " + detail.get("from") + "→" + detail.get("to")
                            + " " + detail.get("detail");
                })
                .list().stream().map(line -> line.replace(tracking, "<tracking>")).toList();
    }

    private String fileSelectedForInspection() {
        return fileSelectedForInspection(as(Role.COURIER, null), as(Role.OFFICER, "KZ"));
    }

    /** Tobacco is always inspected in Kazakhstan (a MANDATORY selection). */
    private String fileSelectedForInspection(String courier, String officer) {
        String tracking = Filings.unique("WBQ");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", List.of(Filings.line(tracking, null, null, "KZ", "KZ-W1", "Timur Akhmetov", "240220", 10, "60.00",
                        "2.100")))).status()).isEqualTo(202);
        JsonNode decided = api.awaitDecision(tracking, officer);
        assertThat(decided.at("/cases/0/risk/selection").asString()).isEqualTo("MANDATORY");
        return tracking;
    }

    private Console signIn(String administration) throws Exception {
        String officer = Filings.unique("officer-" + administration.toLowerCase() + "-");
        parties.register(officer, SECRET, "Officer " + administration, Role.OFFICER,
                Optional.of(CountryCode.of(administration)));
        return signInAs(officer);
    }

    private Console signInAs(String clientId) throws Exception {
        Console console = new Console(localPort);
        String login = console.get("/login").body();
        HttpResponse<String> signedIn = console.post("/login",
                console.withToken(login, Map.of("username", clientId, "password", SECRET)));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        return console;
    }

    /** A queue's row of the parcel (the search field repeats what was searched for). */
    private static String row(String tracking) {
        return "data-tracking-number=\"" + tracking + "\"";
    }

    private static String match(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as(pattern + " in the page").isTrue();
        return m.group(1);
    }

    /** A browser without JavaScript: cookies, no redirects followed, plain forms. */
    private static final class Console {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final int port;

        Console(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Map<String, String> withToken(String page, Map<String, String> form) {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", match(CSRF, page));
            return all;
        }
    }
}
