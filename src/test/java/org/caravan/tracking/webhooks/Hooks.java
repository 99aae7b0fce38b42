package org.caravan.tracking.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.caravan.support.Api;

import tools.jackson.databind.JsonNode;

/** The subscriptions API as a partner calls it, including the PATCH and DELETE the shared client lacks. */
final class Hooks {

    record Answer(int status, String contentType, JsonNode body) {
    }

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Hooks(int port) {
        this.port = port;
    }

    Answer subscribe(String token, String url, List<String> types, String secret) {
        Map<String, Object> body = secret == null ? Map.of("url", url, "eventTypes", types)
                : Map.of("url", url, "eventTypes", types, "secret", secret);
        return send("POST", "/api/v1/subscriptions", token, Api.JSON.writeValueAsString(body));
    }

    Answer send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("content-type").orElse(""), response.body().isEmpty() ? null : Api.JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole delivery log of a subscription, page by page. */
    List<JsonNode> log(String token, String id) {
        List<JsonNode> all = new ArrayList<>();
        String after = "0";
        while (true) {
            Answer page = send("GET", "/api/v1/subscriptions/" + id + "/deliveries?limit=50&after=" + after, token, null);
            if (page.status() != 200) {
                throw new IllegalStateException("delivery log answered " + page.status());
            }
            page.body().get("deliveries").forEach(all::add);
            if (page.body().get("deliveries").isEmpty()) {
                return all;
            }
            after = page.body().get("next").asString();
        }
    }
}
