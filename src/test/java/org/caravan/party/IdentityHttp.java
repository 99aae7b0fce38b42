package org.caravan.party;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.caravan.support.Api;

import tools.jackson.databind.JsonNode;

/** The calls the API client of the tests lacks: DELETE, and the authorization server's forms with HTTP Basic. */
final class IdentityHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    IdentityHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return Api.JSON.readTree(body);
        }
    }

    Answer delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).DELETE());
    }

    /** A form to an authorization server endpoint, the client authenticating with HTTP Basic. */
    Answer form(String path, String clientId, String secret, String form) {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static String claim(String token, String name) {
        JsonNode payload = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return payload.get(name).isArray() ? payload.get(name).get(0).asString() : payload.get(name).asString();
    }

    static String header(String token, String name) {
        return Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).get(name).asString();
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
