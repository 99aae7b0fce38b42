package org.caravan.simulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin HTTP client of Caravan's public API, as a platform or courier would write one. */
public class CaravanClient {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public CaravanClient(String base) {
        this.base = base;
    }

    public record Response(int status, JsonNode body) {
    }

    public String token(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        Response r = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + r.body());
        }
        return r.body().get("access_token").asString();
    }

    public Response post(String path, String token, String idempotencyKey, Object body) {
        return postRaw(path, token, idempotencyKey, json.writeValueAsBytes(body));
    }

    public Response postRaw(String path, String token, String idempotencyKey, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    public Response get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Response(response.statusCode(), body.length == 0 ? json.nullNode() : json.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("Caravan did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
