package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/**
 * Broken interchanges and declarations sent to the running service: never a 5xx, every
 * refusal a problem document whose errors carry a position, and nothing of a refused
 * interchange filed. The seed is fixed so a failure reproduces.
 */
@ActiveProfiles("test")
class InterchangeFuzzTest extends ApiTest {

    static final int ROUNDS = Integer.getInteger("caravan.fuzz.http-rounds", 300);

    @Test
    void brokenInterchangesAreRefusedWholeAndNeverGetA5xx() {
        String courier = as(Role.COURIER, null);
        Random random = new Random(2026L);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            var manifest = Edifact.manifestBody(2);
            var mutation = Mutations.EDIFACT.get(random.nextInt(Mutations.EDIFACT.size()));
            String broken = mutation.apply().apply(Edifact.cuscar(manifest, "F" + round), random.nextInt(1_000_000));
            Reply r = api.post("/api/v1/interchange/edifact", courier, null, "application/EDIFACT", broken);
            statuses.merge(r.status(), 1, Integer::sum);
            check(r, mutation.name(), failures, "segment");
            if (r.status() >= 400) {
                for (int i = 0; i < 2; i++) {
                    String tn = InterchangeEdifact.tracking(manifest, i);
                    if (api.get("/api/v1/consignments/" + tn, courier).status() != 404) {
                        failures.add(mutation.name() + ": refused, yet " + tn + " was filed");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(statuses.keySet()).as(statuses.toString()).contains(202, 400);
    }

    @Test
    void brokenDeclarationsNeverGetA5xx() {
        String courier = as(Role.COURIER, null);
        Random random = new Random(2027L);
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            var mutation = Mutations.XML.get(random.nextInt(Mutations.XML.size()));
            String broken = mutation.apply().apply(Wco.corridorDeclaration(Filings.unique("LRN")), random.nextInt(1_000_000));
            Reply r = api.post("/api/v1/interchange/wco", courier, null, "application/xml", broken);
            check(r, mutation.name(), failures, "xpath");
            if (r.raw().contains("root:x:0")) {
                failures.add(mutation.name() + ": a local file leaked into the answer");
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(Reply r, String mutation, List<String> failures, String position) {
        if (r.status() >= 500) {
            failures.add(mutation + ": " + r.status() + " " + r.raw());
        } else if (r.status() >= 400) {
            if (!r.contentType().startsWith("application/problem+json")) {
                failures.add(mutation + ": refusal without problem details: " + r.raw());
            } else if (r.status() != 403 && r.status() != 409 && r.status() != 413
                    && !r.body().path("errors").path(0).has(position)) {
                failures.add(mutation + ": refusal without a " + position + ": " + r.raw());
            }
        }
    }
}
