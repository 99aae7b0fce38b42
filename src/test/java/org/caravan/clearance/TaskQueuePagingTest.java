package org.caravan.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/** Officers page through a task queue with a cursor, each open task once, in creation order. */
@ActiveProfiles("test")
class TaskQueuePagingTest extends ApiTest {

    @Test
    void pagingThroughAQueueReturnsEveryOpenTaskOnceInOrder() {
        String courier = as(Role.COURIER, null);
        String officer = as(Role.OFFICER, "KZ");
        // Cigarettes are prohibited in postal items: every line is selected for inspection.
        List<String> filed = IntStream.range(0, 25).mapToObj(i -> Filings.unique("CRV")).toList();
        Reply manifest = api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                "KZ", filed.stream().map(tn -> Filings.line(tn, null, null, "KZ", "KZ-P8", "Arman Bekov", "240220", 10,
                        "60.00", "2.100")).toList()));
        assertThat(manifest.status()).isEqualTo(202);
        api.awaitDecision(filed.get(filed.size() - 1), officer);

        List<String> taskIds = new ArrayList<>();
        List<String> trackingNumbers = new ArrayList<>();
        String path = "/api/v1/tasks?queue=inspection&limit=7";
        for (int page = 0; page < 1000; page++) {
            Reply r = api.get(path, officer);
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            assertThat(r.body().get("jurisdiction").asString()).isEqualTo("KZ");
            JsonNode tasks = r.body().get("tasks");
            assertThat(tasks.size()).isLessThanOrEqualTo(7);
            tasks.forEach(t -> {
                taskIds.add(t.get("taskId").asString());
                trackingNumbers.add(t.get("trackingNumber").asString());
                assertThat(t.get("state").asString()).isEqualTo("OPEN");
            });
            if (!r.body().has("next")) {
                break;
            }
            assertThat(tasks.size()).as("only the last page is short").isEqualTo(7);
            assertThat(r.body().get("next").asString()).isEqualTo(taskIds.get(taskIds.size() - 1));
            path = "/api/v1/tasks?queue=inspection&limit=7&after=" + r.body().get("next").asString();
        }

        assertThat(taskIds).doesNotHaveDuplicates().isSortedAccordingTo(String::compareTo);
        assertThat(trackingNumbers).containsAll(filed);
        assertThat(trackingNumbers.stream().filter(filed::contains).toList()).as("in filing order").isEqualTo(filed);
    }

    @Test
    void anAdminNamesTheAdministrationAndAnOfficerSeesOnlyItsOwn() {
        String admin = as(Role.ADMIN, null);
        Reply unnamed = api.get("/api/v1/tasks?queue=inspection", admin);
        assertProblem(unnamed, 422, "/jurisdiction", "required");
        Reply named = api.get("/api/v1/tasks?queue=inspection&jurisdiction=KZ", admin);
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body().get("jurisdiction").asString()).isEqualTo("KZ");

        String uzOfficer = as(Role.OFFICER, "UZ");
        Reply foreign = api.get("/api/v1/tasks?queue=inspection&jurisdiction=KZ", uzOfficer);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/tasks?queue=inspection&jurisdiction=UZ", uzOfficer).status()).isEqualTo(200);
    }

    @Test
    void badPagingParametersAreProblemsNamingTheParameter() {
        String officer = as(Role.OFFICER, "KZ");
        assertProblem(api.get("/api/v1/tasks?limit=0", officer), 422, "/limit", "out-of-range");
        assertProblem(api.get("/api/v1/tasks?limit=1001", officer), 422, "/limit", "out-of-range");
        assertProblem(api.get("/api/v1/tasks?limit=ten", officer), 422, "/limit", "out-of-range");
        assertProblem(api.get("/api/v1/tasks?after=not-a-task", officer), 422, "/after", "not-a-task-id");
        assertProblem(api.get("/api/v1/tasks?jurisdiction=XX", officer), 422, "/jurisdiction", "not-iso-3166");
        assertProblem(api.get("/api/v1/tasks?queue=parcels", officer), 422, "/queue", "unknown-queue");
    }

    @Test
    void aPageIsReadFromTheQueueIndexInOrder(@Autowired JdbcClient jdbc) {
        String plan = jdbc.sql("explain select * from officer_task where jurisdiction = 'KZ' and queue = 'INSPECTION'"
                + " and state = 'OPEN' and id > '00000000-0000-7000-8000-000000000000' order by id limit 101")
                .query(String.class).single();
        assertThat(plan).contains("officer_task_open_by_id");
    }

    private static void assertProblem(Reply r, int status, String pointer, String code) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(r.body().get("errors").findValuesAsString("pointer")).contains(pointer);
        assertThat(r.body().get("errors").findValuesAsString("code")).contains(code);
    }
}
