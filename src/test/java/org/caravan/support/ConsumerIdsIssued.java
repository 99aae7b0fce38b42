package org.caravan.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.party.ConsumerId;
import org.caravan.reference.CountryCode;
import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tests name recipients with readable labels ("KZ-P1", "UZ-R3"); a filing must quote a
 * consumer id that customs issued. Every consumerId in a body that is not an id's form is
 * taken as a person: their id is issued once (by an admin, through the API, for the
 * country the label starts with, else KZ) and sent instead. Persons are per {@link Api},
 * so tests never share a quota through a label. A body sent as a string goes as written,
 * for the tests of malformed ids.
 */
final class ConsumerIdsIssued {

    private static final Pattern INTERCHANGE_LABEL = Pattern.compile("(?<![A-Za-z0-9-])[A-Z]{2}-P[0-9A-Z]{1,20}(?![A-Za-z0-9-])");

    private final CaravanClient client;
    private final Supplier<String> issuer;
    private final String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Map<String, String> issued = new HashMap<>();
    private String admin;

    ConsumerIdsIssued(CaravanClient client, Supplier<String> issuer) {
        this.client = client;
        this.issuer = issuer;
    }

    /** The body with every label replaced by its person's id; the body itself when it names none. */
    Object rewrite(Object body) {
        if (body == null || body instanceof String || body instanceof byte[]) {
            return body;
        }
        JsonNode tree = Api.JSON.valueToTree(body);
        return replace(tree) ? tree : body;
    }

    /**
     * A JSON or JSON Lines body written out as text, with the labels of each line that parses
     * replaced; a line that does not parse, and a body of another type, go as written.
     */
    String rewrite(String contentType, String body) {
        if (contentType != null && !contentType.contains("json")) {
            return rewriteInterchange(body);
        }
        if (!body.contains("consumerId")) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.split("\n", -1)) {
            out.append(rewriteLine(line)).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * A UN/EDIFACT interchange or WCO XML declaration names its consignee by id in a segment
     * or element of its own: labels of the form a test writes ({@code KZ-P9}) are replaced there.
     */
    private String rewriteInterchange(String body) {
        Matcher m = INTERCHANGE_LABEL.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (m.find()) {
            String label = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(ConsumerId.isWellFormed(label) ? label : idOf(label)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String rewriteLine(String line) {
        if (!line.contains("consumerId")) {
            return line;
        }
        try {
            JsonNode tree = Api.JSON.readTree(line);
            return replace(tree) ? Api.JSON.writeValueAsString(tree) : line;
        } catch (RuntimeException e) {
            return line;
        }
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
            admin = issuer.get();
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
