package org.caravan.support;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.caravan.simulator.CaravanClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running service over real HTTP, headers and all, through the simulator's client. */
public class Api {

    public static final JsonMapper JSON = CaravanClient.JSON;

    private final CaravanClient client;

    public Api(int port) {
        this.client = new CaravanClient("http://localhost:" + port, Duration.ofSeconds(60));
    }

    /** The client's reply under the name the tests import (a member type cannot be imported through a subclass). */
    public record Reply(int status, String contentType, JsonNode body, String raw, HttpHeaders headers) {

        static Reply of(CaravanClient.Reply reply) {
            return new Reply(reply.status(), reply.contentType(), reply.body(), reply.raw(), reply.headers());
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    public String token(String clientId, String secret) {
        return client.token(clientId, secret);
    }

    public Reply post(String path, String token, String key, Object body) {
        return Reply.of(client.post(path, token, key, body));
    }

    public Reply post(String path, String token, String key, String contentType, String body) {
        return Reply.of(client.post(path, token, key, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    public Reply get(String path, String token) {
        return Reply.of(client.get(path, token));
    }

    public JsonNode awaitDecision(String trackingNumber, String token) {
        return client.awaitDecision(trackingNumber, token, Duration.ofSeconds(30));
    }
}
