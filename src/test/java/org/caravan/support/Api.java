package org.caravan.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running service over real HTTP, headers and all, through the simulator's client. */
public class Api {

    public static final JsonMapper JSON = CaravanClient.JSON;

    private final CaravanClient client;
    private final ConsumerIdsIssued consumers;

    /** Consumer ids for test labels are issued as demo-admin (a service run with the demo parties). */
    public Api(int port) {
        this.client = new CaravanClient("http://localhost:" + port, Duration.ofSeconds(60));
        this.consumers = new ConsumerIdsIssued(client, this::demoAdmin);
    }

    /** demo-admin is seeded last of the demo parties, possibly a moment after the service answers. */
    private String demoAdmin() {
        for (int attempt = 1;; attempt++) {
            try {
                return client.token("demo-admin", "demo-secret");
            } catch (IllegalStateException e) {
                if (attempt == 4) { // under the token throttle's 5 failures per client
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Consumer ids for test labels are issued with the token {@code issuer} gives (an officer's or an admin's). */
    public Api(int port, java.util.function.Supplier<String> issuer) {
        this.client = new CaravanClient("http://localhost:" + port, Duration.ofSeconds(60));
        this.consumers = new ConsumerIdsIssued(client, issuer);
    }

    /** The consumer id issued for the person a test labels {@code label} (see {@link ConsumerIdsIssued}). */
    public String consumerId(String label) {
        return consumers.idOf(label);
    }

    public String token(String clientId, String secret) {
        return client.token(clientId, secret);
    }

    public Reply post(String path, String token, String key, Object body) {
        return client.post(path, token, key, consumers.rewrite(body));
    }

    public Reply post(String path, String token, String key, String contentType, String body) {
        return client.post(path, token, key, contentType,
                consumers.rewrite(contentType, body).getBytes(StandardCharsets.UTF_8));
    }

    public Reply put(String path, String token, Object body) {
        return client.put(path, token, consumers.rewrite(body));
    }

    public Reply put(String path, String token, String contentType, java.util.Map<String, String> headers, String body) {
        return client.put(path, token, contentType, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public Reply get(String path, String token) {
        return client.get(path, token);
    }

    public JsonNode awaitDecision(String trackingNumber, String token) {
        return client.awaitDecision(trackingNumber, token, Duration.ofSeconds(30));
    }

    /** The id of the open task of a queue ("inspection", "documents") for a parcel, as its officer sees the queue. */
    public String openTask(String officer, String trackingNumber, String queue) {
        String after = "";
        while (true) {
            Reply tasks = get("/api/v1/tasks?queue=" + queue + "&limit=1000" + after, officer);
            for (JsonNode task : tasks.body().get("tasks")) {
                if (task.get("trackingNumber").asString().equals(trackingNumber)) {
                    return task.get("taskId").asString();
                }
            }
            JsonNode next = tasks.body().get("next");
            if (next == null || !next.isString()) {
                throw new AssertionError("no open " + queue + " task for " + trackingNumber);
            }
            after = "&after=" + next.asString();
        }
    }
}
