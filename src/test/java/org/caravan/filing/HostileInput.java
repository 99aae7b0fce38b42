package org.caravan.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.filing.FilingRejections.assertProblem;
import static org.caravan.filing.FilingRejections.codes;
import static org.caravan.filing.FilingRejections.pointers;

import java.util.List;
import java.util.Map;

import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input that once reached the database or the CPU unchecked and answered 500 or stored
 * something else than was sent. Each gets a 4xx problem naming the field, and nothing is
 * stored: the corrected filing is accepted afterwards under the same reference.
 * Runs on H2 and on PostgreSQL (which refuses U+0000 and rejects overflow on its own).
 */
public abstract class HostileInput extends ApiTest {

    String courier;
    String platform;

    @BeforeEach
    void parties() {
        courier = as(Role.COURIER, null);
        platform = as(Role.PLATFORM, null);
    }

    @Test
    void aConveyanceReferenceOverOneHundredCharactersIsNamed() {
        String tn = Filings.unique("CRV");
        Map<String, Object> manifest = manifest(tn);
        manifest.put("conveyanceRef", "K".repeat(101));
        Reply r = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest);
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).containsExactly("/conveyanceRef");
        assertStoredNothingFor(tn, manifest);
    }

    @Test
    void anOrderWhoseQuantityTimesPriceOverflowsIsRefused() {
        Map<String, Object> order = order();
        item(order).put("quantity", 100_000);
        item(order).put("unitPrice", "9999999999.99");
        Reply r = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).contains("/items");
        assertThat(codes(r.body())).contains("too-large");
        assertOrderNotStored(order);
    }

    @Test
    void theNulCharacterIsRefusedInAnyStringWithItsPointer() {
        Map<String, Object> order = order();
        order.put("seller", Map.of("id", "SELLER-88", "name", "Shenzhen\u0000Bright", "country", "CN"));
        Reply r = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertProblem(r, 400, "/problems/malformed-json");
        assertThat(pointers(r.body())).containsExactly("/seller/name");
        assertOrderNotStored(order);

        String tn = Filings.unique("CRV");
        Map<String, Object> manifest = manifest(tn);
        manifest.put("conveyanceRef", "KC\u0000932");
        Reply m = api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest);
        assertProblem(m, 400, "/problems/malformed-json");
        assertThat(pointers(m.body())).containsExactly("/conveyanceRef");
        assertStoredNothingFor(tn, manifest);
    }

    @Test
    void aTimestampInTheYear999999999IsOutOfRangeNotSomeOtherDate() {
        Map<String, Object> order = order();
        order.put("orderedAt", "+999999999-11-20T10:15:00Z");
        Reply r = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).containsExactly("/orderedAt");
        assertThat(codes(r.body())).containsExactly("out-of-range");
        assertOrderNotStored(order);
    }

    @Test
    void anAmountOfTwoHundredThousandDigitsIsRefusedWithoutParsingIt() {
        Map<String, Object> order = order();
        item(order).put("unitPrice", "1" + "0".repeat(200_000));
        Reply r = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertProblem(r, 422, "/problems/validation");
        assertThat(pointers(r.body())).contains("/items/0/unitPrice");
        assertThat(codes(r.body())).contains("not-a-decimal");

        item(order).put("unitPrice", "1e5");
        Reply exponent = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertThat(codes(exponent.body())).contains("not-a-decimal");
        assertOrderNotStored(order);
    }

    @Test
    void aFractionalQuantityIsRefusedNotTruncated() {
        Map<String, Object> order = order();
        item(order).put("quantity", 2.5);
        Reply r = api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        assertProblem(r, 400, "/problems/malformed-json");
        assertThat(pointers(r.body())).containsExactly("/items/0/quantity");
        assertOrderNotStored(order);
    }

    @Test
    void theErrorPathAskedForDirectlyIsANotFoundProblem() {
        assertProblem(api.get("/error", null), 404, "/problems/not-found");
        assertProblem(api.get("/error", platform), 404, "/problems/not-found");
    }

    private Map<String, Object> order() {
        return Filings.order(Filings.unique("ORD-"), "KZ", "KZ-P77", "Aigerim Sadykova", "610910", 2, "12.50");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> order) {
        List<Object> items = (List<Object>) order.get("items");
        if (!(items.get(0) instanceof java.util.HashMap)) {
            order.put("items", List.of(new java.util.LinkedHashMap<>((Map<String, Object>) items.get(0))));
        }
        return (Map<String, Object>) ((List<Object>) order.get("items")).get(0);
    }

    private Map<String, Object> manifest(String trackingNumber) {
        return Filings.manifest(Filings.unique("MAWB-"), "KZ", List.of(Filings.line(trackingNumber, null, null, "KZ",
                "KZ-P9", "Yerlan Seitkali", "610910", 1, "10.00", "0.300")));
    }

    /** Nothing of a refused manifest is stored: the same tracking number and reference file cleanly afterwards. */
    private void assertStoredNothingFor(String trackingNumber, Map<String, Object> manifest) {
        assertThat(api.get("/api/v1/consignments/" + trackingNumber, courier).status()).isEqualTo(404);
        manifest.put("conveyanceRef", "KC932");
        assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), manifest).status()).isEqualTo(202);
    }

    /** Nothing of a refused order is stored: a valid order under the same reference is accepted afterwards. */
    private void assertOrderNotStored(Map<String, Object> refused) {
        Map<String, Object> valid = Filings.order((String) refused.get("platformOrderRef"), "KZ", "KZ-P77",
                "Aigerim Sadykova", "610910", 2, "12.50");
        Reply r = api.post("/api/v1/orders", platform, Filings.unique("k"), valid);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        assertThat(r.body().get("platformOrderRef").asString()).isEqualTo(refused.get("platformOrderRef"));
    }
}
