package org.caravan.tracking.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on 127.0.0.1 as a partner would run one: it checks each delivery's
 * signature with the published snippet and is idempotent, processing each webhook-id once.
 * How it answers each attempt is up to the test: fail, hang past the sender's timeout, be slow.
 */
final class Receiver implements AutoCloseable {

    /** What to do with the n-th attempt (1-based) of one event; {@code order} counts distinct events seen. */
    interface Behaviour {
        Answer answer(int attempt, int order);
    }

    enum Answer { OK, FAIL, HANG, SLOW }

    static final Behaviour HEALTHY = (attempt, order) -> Answer.OK;

    record Request(String id, String timestamp, String signature, byte[] body, Instant receivedAt) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Behaviour behaviour;
    private volatile String secret;
    private final List<Request> received = new ArrayList<>();
    private final Map<String, JsonNode> processed = new LinkedHashMap<>();
    private final Map<String, Integer> attempts = new LinkedHashMap<>();
    private final AtomicInteger forged = new AtomicInteger();

    Receiver(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var headers = exchange.getRequestHeaders();
        Request request = new Request(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), body, Instant.now());
        if (!WebhookSignatureCheck.verify(secret, request.id(), request.timestamp(), request.signature(), body,
                Instant.now())) {
            forged.incrementAndGet();
            answer(exchange, 401);
            return;
        }
        Answer answer;
        synchronized (this) {
            received.add(request);
            int attempt = attempts.merge(request.id(), 1, Integer::sum);
            answer = behaviour.answer(attempt, attempts.size());
            if (answer != Answer.FAIL) {
                // idempotent: a delivery seen before is acknowledged and not processed again
                processed.putIfAbsent(request.id(), JSON.readTree(body));
            }
        }
        try {
            if (answer == Answer.HANG) {
                Thread.sleep(4000);
            } else if (answer == Answer.SLOW) {
                Thread.sleep(300);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answer(exchange, answer == Answer.FAIL ? 500 : 204);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        try {
            exchange.sendResponseHeaders(status, -1);
        } catch (IOException e) {
            // the sender gave up waiting: as a real receiver would, carry on
        } finally {
            exchange.close();
        }
    }

    synchronized List<Request> received() {
        return List.copyOf(received);
    }

    /** Every event processed, once each, in the order processed. */
    synchronized List<JsonNode> processed() {
        return List.copyOf(processed.values());
    }

    int forged() {
        return forged.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    static String utf8(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
