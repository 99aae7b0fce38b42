package org.caravan.simulator.internal.pilot;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;

/**
 * How the simulated parties call Caravan: each with its own token, taken again before it
 * expires; calls of one event that do not depend on each other sent together; and every answer
 * the simulated party did not expect counted and told, so a figure never rests on calls that
 * silently failed.
 */
final class PilotCalls implements AutoCloseable {

    /** Caravan's tokens live an hour by default; a party takes a new one well before. */
    private static final Duration TOKEN_AGE = Duration.ofMinutes(30);
    private static final int TOLD = 5;

    private record Token(String value, long takenAt) {
    }

    final CaravanClient api;
    private final PrintStream progress;
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, Integer> unexpected = new TreeMap<>();
    private final ExecutorService together = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "pilot-calls");
        t.setDaemon(true);
        return t;
    });

    PilotCalls(CaravanClient api, PrintStream progress) {
        this.api = api;
        this.progress = progress;
    }

    synchronized String token(String client) {
        Token token = tokens.get(client);
        if (token == null || System.nanoTime() - token.takenAt() > TOKEN_AGE.toNanos()) {
            token = new Token(api.token(client, PilotParties.SECRET), System.nanoTime());
            tokens.put(client, token);
        }
        return token.value();
    }

    /** Each item's call, sent together; the answers in the items' order. One failing call cancels the rest. */
    <T> List<Reply> together(List<T> items, Function<T, Reply> call) {
        List<Future<Reply>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(together.submit(() -> call.apply(item)));
        }
        List<Reply> replies = new ArrayList<>();
        try {
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pilot interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    /** The answer, which must be {@code status}: anything else stops the pilot, saying what was refused. */
    static Reply expect(Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.raw());
        }
        return r;
    }

    /** Whether the answer is one of {@code statuses}; if not, it is counted under {@code what} and the first few told. */
    boolean answered(Reply r, String what, int... statuses) {
        for (int status : statuses) {
            if (r.status() == status) {
                return true;
            }
        }
        String key = what + " " + r.status();
        int seen = unexpected.merge(key, 1, Integer::sum);
        if (unexpected.values().stream().mapToInt(Integer::intValue).sum() <= TOLD) {
            progress.printf("  unexpected answer (%s): %s%n", key, r.raw().length() > 300 ? r.raw().substring(0, 300) : r.raw());
        } else if (seen == 1) {
            progress.printf("  unexpected answers now also: %s%n", key);
        }
        return false;
    }

    /** The answers no simulated party expected, by call and status. */
    Map<String, Integer> unexpected() {
        return Map.copyOf(unexpected);
    }

    @Override
    public void close() {
        together.shutdownNow();
    }
}
