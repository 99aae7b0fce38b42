package org.caravan.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.caravan.party.ConsumerId;
import org.caravan.reference.CountryCode;
import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tests name recipients with readable labels ("KZ-P1", "UZ-R3"); a filing must quote a
 * consumer id that customs issued. Every consumerId in a body that is not an id's form is
 * taken as a person: their id is issued once (by demo-admin, through the API, for the
 * country the label starts with, else KZ) and sent instead. Persons are per {@link Api},
 * so tests never share a quota through a label. A body sent as a string goes as written,
 * for the tests of malformed ids.
 */
final class ConsumerIdsIssued {

    private final CaravanClient client;
    private final String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Map<String, String> issued = new HashMap<>();
    private String admin;

    ConsumerIdsIssued(CaravanClient client) {
        this.client = client;
    }

    /** The body with every label replaced by its person's id; the body itself when it names none. */
    Object rewrite(Object body) {
        if (body == null || body instanceof String || body instanceof byte[]) {
            return body;
        }
        JsonNode tree = Api.JSON.valueToTree(body);
        return replace(tree) ? tree : body;
    }

    /** The consumer id issued for the person labelled {@code label}. */
    synchronized String idOf(String label) {
        return issued.computeIfAbsent(label, this::issue);
    }

    private boolean replace(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("consumerId");
            if (id != null && id.isString() && stands(id.asString())) {
                object.put("consumerId", idOf(id.asString()));
                changed = true;
            }
        }
        for (JsonNode child : node) {
            changed |= replace(child);
        }
        return changed;
    }

    /** A label, not an id: short and not blank (longer text is left for the length checks). */
    private static boolean stands(String value) {
        return !value.isBlank() && value.length() <= 100 && !ConsumerId.isWellFormed(value);
    }

    private String issue(String label) {
        if (admin == null) {
            admin = client.token("demo-admin", "demo-secret");
        }
        String prefix = label.length() > 2 && label.charAt(2) == '-' ? label.substring(0, 2) : "";
        String country = CountryCode.isValid(prefix) ? prefix : "KZ";
        Reply reply = client.post("/api/v1/consumer-ids", admin, null,
                Map.of("country", country, "nationalId", nonce + "-" + issued.size()));
        if (reply.status() != 201) {
            throw new AssertionError("issuing a consumer id for " + label + ": " + reply.raw());
        }
        return reply.body().get("consumerId").asString();
    }
}
