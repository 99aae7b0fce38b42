package org.caravan.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of Caravan's public HTTP API as a platform, courier or officer would write one:
 * tokens, filings, consignment views. The pilot demo, the benchmark and the API tests
 * all talk to the service through it.
 */
public class CaravanClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final Duration requestTimeout;
    private final HttpClient http;

    /** Long enough for a manifest of a hundred thousand parcels. */
    public CaravanClient(String base) {
        this(base, Duration.ofMinutes(5));
    }

    public CaravanClient(String base, Duration requestTimeout) {
        this(base, requestTimeout, null);
    }

    /** A client whose asynchronous answers are handled on {@code executor}, a small pool for load driving. */
    public CaravanClient(String base, Duration requestTimeout, Executor executor) {
        this.base = base;
        this.requestTimeout = requestTimeout;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (executor != null) {
            builder.executor(executor);
        }
        this.http = builder.build();
    }

    /**
     * An answer with its body parsed as JSON; a body that is not JSON is kept as
     * {@code {"unparsed": raw}} so a caller can still say what came back.
     */
    public record Reply(int status, String contentType, JsonNode body, String raw, HttpHeaders headers) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** A bearer token by the client-credentials grant. */
    public String token(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        Reply r = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + r.raw());
        }
        return r.body().get("access_token").asString();
    }

    /** Posts JSON: a string or bytes as they are, anything else serialised. */
    public Reply post(String path, String token, String idempotencyKey, Object body) {
        byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        return post(path, token, idempotencyKey, "application/json", bytes);
    }

    public Reply post(String path, String token, String idempotencyKey, String contentType, byte[] body) {
        return send(filing(path, token, idempotencyKey, contentType, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Sends the request without waiting for the answer, for load at a set rate that must not wait on the service. */
    public CompletableFuture<Reply> postAsync(String path, String token, String idempotencyKey, String contentType,
            byte[] body) {
        return sendAsync(filing(path, token, idempotencyKey, contentType, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Posts a body read from the stream as it is sent (chunked), so a body larger than the
     * client's memory can be filed.
     */
    public Reply postStream(String path, String token, String idempotencyKey, String contentType,
            Supplier<InputStream> body) {
        return send(filing(path, token, idempotencyKey, contentType, HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    public Reply get(String path, String token) {
        return send(reading(path, token));
    }

    /** Puts JSON, serialised as {@link #post(String, String, String, Object)} does. */
    public Reply put(String path, String token, Object body) {
        byte[] bytes = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        return put(path, token, "application/json", java.util.Map.of(), bytes);
    }

    /** Puts a body of any type with headers of its own, such as a risk profile document with its Change-Reason. */
    public Reply put(String path, String token, String contentType, java.util.Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpRequest.Builder filing(String path, String token, String idempotencyKey, String contentType,
            HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    private HttpRequest.Builder reading(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** The consignment view once clearance has opened a case for it; decisions follow filing asynchronously. */
    public JsonNode awaitDecision(String trackingNumber, String token, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Reply r = get("/api/v1/consignments/" + trackingNumber, token);
            if (r.status() == 200 && r.body().path("cases").size() > 0) {
                return r.body();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No decision for " + trackingNumber + " within " + patience.toSeconds() + " s");
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            return reply(http.send(request.timeout(requestTimeout).build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("Caravan did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<Reply> sendAsync(HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(requestTimeout).build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(CaravanClient::reply);
    }

    private static Reply reply(HttpResponse<byte[]> response) {
        String raw = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode body = raw.isBlank() ? JSON.nullNode() : parse(raw);
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, raw,
                response.headers());
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (RuntimeException e) {
            return JSON.valueToTree(Map.of("unparsed", raw));
        }
    }
}
