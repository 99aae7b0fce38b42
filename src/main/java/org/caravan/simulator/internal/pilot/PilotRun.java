package org.caravan.simulator.internal.pilot;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.caravan.interchange.InterchangeFiles;
import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.simulator.internal.pilot.ParcelOutcome.Amount;

import tools.jackson.databind.JsonNode;

/**
 * Plays a pilot's traffic against Caravan through its public API on a compressed clock: the
 * platforms file orders at checkout, the couriers file each departure's manifest (the road
 * carrier as UN/EDIFACT) and report arrival, officers work their queues shift by shift at a
 * fixed capacity and find what the ground truth holds with a given skill, payers pay, and the
 * couriers report the final mile and the returns. Events run one at a time in simulated time,
 * each waiting for its moment on the wall clock when the pilot is paced.
 */
public final class PilotRun {

    /** How the pilot is played, beside the traffic it plays. */
    public record RunSettings(long seed, int days, double daySeconds, double officerSkill, int shiftsPerDay,
            Map<String, Integer> controlsPerShift, int drainDays) {

        public RunSettings {
            if (officerSkill < 0 || officerSkill > 1 || shiftsPerDay < 1 || daySeconds < 0 || drainDays < 0) {
                throw new IllegalArgumentException("officer skill is a share, shifts at least one a day, times not negative");
            }
            controlsPerShift = Map.copyOf(controlsPerShift);
        }
    }

    private static final int MINUTES_PER_DAY = 1440;
    private static final double RETURN_SHARE_APPAREL = 0.12;
    private static final double RETURN_SHARE_OTHER = 0.03;

    private final CaravanClient api;
    private final RunSettings settings;
    private final PrintStream progress;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> consumerIds = new HashMap<>();
    private final Map<String, ParcelOutcome> outcomes = new LinkedHashMap<>();
    private final Set<String> purchasesReassessed = new HashSet<>();
    /** Tasks an officer found it cannot close for want of a computable charge: not taken up again. */
    private final Set<String> waitingForCharge = new HashSet<>();
    private final Map<String, List<String>> refundsDue = new TreeMap<>();
    private final PriorityQueue<Scheduled> agenda = new PriorityQueue<>();
    /** Calls of one event that do not depend on each other go out together; their answers are handled in order. */
    private final ExecutorService calls = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "pilot-calls");
        t.setDaemon(true);
        return t;
    });
    private long now;
    private long sequence;
    private long wallStart;

    private record Scheduled(long at, long sequence, Runnable event) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(sequence, o.sequence);
        }
    }

    public PilotRun(CaravanClient api, RunSettings settings, PrintStream progress) {
        this.api = api;
        this.settings = settings;
        this.progress = progress;
    }

    /** Plays the traffic to the end of the pilot and its drain days; the outcomes in tracking-number order. */
    public List<ParcelOutcome> play(Traffic traffic) {
        traffic.parcels().forEach(p -> outcomes.put(p.trackingNumber(), new ParcelOutcome(p)));
        traffic.parcels().stream().filter(SimParcel::hasOrder).forEach(p -> at(p.orderedAt(), () -> fileOrder(p)));
        traffic.manifests().forEach(m -> at(m.departsAt(), () -> fileManifest(m)));
        long end = (long) (settings.days() + settings.drainDays()) * MINUTES_PER_DAY;
        int shiftMinutes = MINUTES_PER_DAY / settings.shiftsPerDay();
        for (long t = 8 * 60; t < end; t += shiftMinutes) {
            for (String jurisdiction : settings.controlsPerShift().keySet().stream().sorted().toList()) {
                at(t, () -> shift(jurisdiction));
            }
        }
        for (int day = 1; day <= settings.days() + settings.drainDays(); day++) {
            int d = day;
            at((long) day * MINUTES_PER_DAY - 1, () -> report(d));
        }
        issueConsumerIds(traffic);
        wallStart = System.nanoTime();
        while (!agenda.isEmpty() && agenda.peek().at() < end) {
            Scheduled next = agenda.poll();
            pace(next.at());
            now = next.at();
            next.event().run();
        }
        quoteWhatWasAtStake();
        calls.shutdown();
        return List.copyOf(outcomes.values());
    }

    private <T> List<Reply> concurrently(List<T> items, Function<T, Reply> call) {
        List<Future<Reply>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(calls.submit(() -> call.apply(item)));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> f : futures) {
            try {
                replies.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("pilot interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return replies;
    }

    private void at(long minute, Runnable event) {
        agenda.add(new Scheduled(minute, sequence++, event));
    }

    /** Waits until the simulated minute's place on the wall clock, when the pilot is paced. */
    private void pace(long minute) {
        if (settings.daySeconds() <= 0) {
            return;
        }
        long due = wallStart + (long) (minute * settings.daySeconds() / MINUTES_PER_DAY * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("pilot interrupted", e);
            }
        }
    }

    private String token(String client) {
        synchronized (tokens) {
            return tokens.computeIfAbsent(client, c -> api.token(c, PilotParties.SECRET));
        }
    }

    /** Each buyer asks customs for a consumer id once, before the pilot, as a person would before shopping abroad. */
    private void issueConsumerIds(Traffic traffic) {
        List<String> labels = traffic.parcels().stream().map(SimParcel::consumer).distinct().sorted().toList();
        List<Reply> issued = concurrently(labels, this::issue);
        for (int i = 0; i < labels.size(); i++) {
            consumerIds.put(labels.get(i), expect(issued.get(i), 201, "consumer id for " + labels.get(i))
                    .body().get("consumerId").asString());
        }
    }

    private Reply issue(String label) {
        String country = label.substring(0, 2);
        String officer = token(PilotParties.officer(country));
        Reply r = api.post("/api/v1/consumer-ids", officer, null, Map.of("country", country, "nationalId", label));
        if (r.status() == 409) {
            r = api.post("/api/v1/consumer-ids", officer, null,
                    Map.of("country", country, "nationalId", label, "replacing", "pilot simulated again"));
        }
        return r;
    }

    private String consumerId(String label) {
        return consumerIds.get(label);
    }

    private void fileOrder(SimParcel p) {
        Map<String, Object> order = withConsumerId(p.order(), p.consumer());
        order.put("orderedAt", Instant.now().toString());
        Map<String, Object> payment = new LinkedHashMap<>(castMap(order.get("payment")));
        payment.put("paidAt", Instant.now().toString());
        order.put("payment", payment);
        expect(api.post("/api/v1/orders", token(p.platform()), "order-" + p.trackingNumber(), order), 201,
                "order " + p.trackingNumber());
    }

    private void fileManifest(SimManifest m) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SimParcel p : m.parcels()) {
            lines.add(withConsumerId(p.line(), p.consumer()));
        }
        long transitWall = Math.max(60, (long) (m.lane().transitHours() * 3600 * wallPerSimSecond()));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("manifestRef", m.manifestRef());
        manifest.put("transportMode", m.lane().transportMode());
        manifest.put("conveyanceRef", m.conveyanceRef());
        manifest.put("departure", Map.of("country", "CN", "location", m.lane().departure()));
        manifest.put("arrival", Map.of("country", m.lane().destination(), "location", m.lane().arrival(), "expectedAt",
                Instant.now().plusSeconds(transitWall).toString()));
        manifest.put("route", m.lane().route());
        manifest.put("consignments", lines);
        String courier = token(m.lane().courier());
        if (m.lane().filedAsEdifact()) {
            byte[] json = CaravanClient.JSON.writeValueAsBytes(manifest);
            String control = m.controlReference();
            String cuscar = InterchangeFiles.manifestAsCuscar(json, m.lane().courier(), control);
            expect(api.post("/api/v1/interchange/edifact", courier, null, "application/EDIFACT",
                    cuscar.getBytes(StandardCharsets.UTF_8)), 202, "CUSCAR " + m.manifestRef());
        } else {
            expect(api.post("/api/v1/manifests", courier, "manifest-" + m.manifestRef(), manifest), 202,
                    "manifest " + m.manifestRef());
        }
        String officer = token(PilotParties.officer(m.lane().destination()));
        List<Reply> views = concurrently(m.parcels(), p -> api.get("/api/v1/consignments/" + p.trackingNumber(), officer));
        for (int i = 0; i < views.size(); i++) {
            readDecision(outcomes.get(m.parcels().get(i).trackingNumber()), views.get(i));
        }
        at(m.arrivesAt(), () -> arrive(m));
    }

    private double wallPerSimSecond() {
        return settings.daySeconds() / 86_400.0;
    }

    private void readDecision(ParcelOutcome o, Reply view) {
        SimParcel p = o.parcel;
        o.filedAt = now;
        JsonNode c = caseOf(p, view);
        o.decision = c.get("status").asString();
        o.selection = c.path("risk").path("selection").asString("NONE");
        c.path("risk").path("reasons").forEach(r -> o.reasons.add(r.path("rule").asString()));
        o.dueAtDecision = amount(c.path("amountDue"));
        switch (o.decision) {
            case "RELEASED_PRE_ARRIVAL" -> released(o);
            case "PAYMENT_REQUIRED" -> schedulePayment(o);
            default -> {
            }
        }
    }

    private static JsonNode caseOf(SimParcel p, Reply view) {
        Reply r = expect(view, 200, "consignment " + p.trackingNumber());
        for (JsonNode c : r.body().path("cases")) {
            if (c.path("jurisdiction").asString().equals(p.lane().destination())) {
                return c;
            }
        }
        throw new IllegalStateException("No decision of " + p.lane().destination() + " for " + p.trackingNumber() + ": "
                + r.raw());
    }

    private void arrive(SimManifest m) {
        String courier = token(m.lane().courier());
        List<ParcelOutcome> unloaded = m.parcels().stream().map(p -> outcomes.get(p.trackingNumber())).filter(o -> !o.seized)
                .toList();
        List<Reply> replies = concurrently(unloaded,
                o -> api.post("/api/v1/consignments/" + o.parcel.trackingNumber() + "/arrival", courier, null, "{}"));
        List<ParcelOutcome> deliverable = new ArrayList<>();
        for (int i = 0; i < unloaded.size(); i++) {
            ParcelOutcome o = unloaded.get(i);
            if (replies.get(i).status() == 200) {
                o.arrivedAt = now;
                if (o.releasedAt != null) {
                    deliverable.add(o);
                }
            }
        }
        deliver(deliverable);
    }

    /** One shift of the jurisdiction's officers: documentary checks first, then inspections of arrived parcels. */
    private void shift(String jurisdiction) {
        int capacity = settings.controlsPerShift().getOrDefault(jurisdiction, 0);
        String officer = token(PilotParties.officer(jurisdiction));
        for (String reference : refundsDue.getOrDefault(jurisdiction, List.of())) {
            api.post("/api/v1/refunds/" + reference + "/paid", officer, null, Map.of("bankRef", "RF-" + reference));
        }
        refundsDue.remove(jurisdiction);
        capacity -= work(jurisdiction, officer, "documents", capacity);
        work(jurisdiction, officer, "inspection", capacity);
    }

    /** Works up to {@code capacity} open tasks of a queue in the order the queue gives them; the number worked. */
    private int work(String jurisdiction, String officer, String queue, int capacity) {
        int worked = 0;
        String after = null;
        while (worked < capacity) {
            Reply page = expect(api.get("/api/v1/tasks?queue=" + queue + "&limit=200" + (after == null ? "" : "&after=" + after),
                    officer), 200, queue + " queue of " + jurisdiction);
            for (JsonNode task : page.body().path("tasks")) {
                if (worked >= capacity) {
                    break;
                }
                ParcelOutcome o = outcomes.get(task.path("trackingNumber").asString());
                // another run's parcels, or an inspection before the goods are there: not this shift's work
                String taskId = task.path("taskId").asString();
                if (o == null || (queue.equals("inspection") && o.arrivedAt == null) || waitingForCharge.contains(taskId)) {
                    continue;
                }
                if (control(o, taskId, queue, officer)) {
                    worked++;
                }
            }
            if (!page.body().hasNonNull("next")) {
                break;
            }
            after = page.body().get("next").asString();
        }
        return worked;
    }

    /** The officer's control of one parcel; false when the officer cannot close it (a charge no rate computes). */
    private boolean control(ParcelOutcome o, String taskId, String queue, String officer) {
        SimParcel p = o.parcel;
        boolean inspection = queue.equals("inspection");
        // a documentary check sees papers, not goods: it finds half as often
        double chance = inspection ? settings.officerSkill() : settings.officerSkill() / 2;
        boolean finds = p.fraud().fraudulent() && draw(p.trackingNumber()) < chance;
        Map<String, Object> result = finds ? finding(p) : Map.of("outcome", inspection ? "NO_FINDINGS" : "DOCUMENTS_ACCEPTED");
        Reply r = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, result);
        if (r.status() == 422 && r.raw().contains("/assessedCharge")) {
            o.awaitingOfficerCharge = true;
            waitingForCharge.add(taskId);
            return false;
        }
        expect(r, 200, "result of " + p.trackingNumber());
        o.inspected |= inspection;
        o.documentsChecked |= !inspection;
        o.found |= finds;
        o.result = (String) result.get("outcome");
        String status = r.body().path("status").asString();
        Amount after = amount(r.body().path("amountDue"));
        if (finds && after != null) {
            BigDecimal before = o.dueAtDecision != null && o.dueAtDecision.currency().equals(after.currency())
                    ? o.dueAtDecision.amount() : BigDecimal.ZERO;
            if (after.amount().compareTo(before) > 0) {
                o.revenueFound = new Amount(after.amount().subtract(before), after.currency());
            }
        }
        switch (status) {
            case "RELEASED", "RELEASED_PRE_ARRIVAL" -> released(o);
            case "PAYMENT_REQUIRED" -> schedulePayment(o);
            case "SEIZED" -> o.seized = true;
            default -> {
            }
        }
        o.finalStatus = status;
        return true;
    }

    /** What an officer records on finding the parcel's fraud. */
    private Map<String, Object> finding(SimParcel p) {
        return switch (p.fraud()) {
            case PROHIBITED, LISTED_PARTY -> Map.of("outcome", "PROHIBITED_GOODS", "note", p.fraud() == Fraud.LISTED_PARTY
                    ? "seller on a sanctions list" : "goods prohibited in international post");
            case MISCLASSIFICATION -> p.category().equals("tobacco")
                    ? Map.of("outcome", "PROHIBITED_GOODS", "note", "nicotine product declared under another subheading")
                    : irregularity(p.trueValueUsd(), "medicine declared under another subheading");
            case SPLITTING -> purchasesReassessed.add(p.purchase())
                    ? irregularity(p.trueValueUsd(), "part of one purchase split into several parcels")
                    : irregularity(p.declaredValueUsd(), "part of a split purchase already reassessed");
            case UNDERVALUATION -> irregularity(p.trueValueUsd(), "invoice in the parcel shows the price paid");
            case FALSE_ORIGIN -> irregularity(p.declaredValueUsd(), "goods marked made in China");
            case NONE -> throw new IllegalArgumentException("nothing to find");
        };
    }

    private static Map<String, Object> irregularity(BigDecimal valueUsd, String note) {
        return Map.of("outcome", "IRREGULARITY", "reassessedValue", Map.of("amount", valueUsd.toPlainString(), "currency", "USD"),
                "note", note);
    }

    /** A draw fixed by the seed and the parcel, so which parcels an officer's control finds does not depend on when. */
    private double draw(String trackingNumber) {
        return new SplittableRandom(settings.seed() * 31 + trackingNumber.hashCode()).nextDouble();
    }

    /** The payer pays: at once when the platform collected at checkout, otherwise within two days. */
    private void schedulePayment(ParcelOutcome o) {
        long delay = o.parcel.hasOrder() ? 30 : 60 + new SplittableRandom(settings.seed() ^ o.parcel.trackingNumber().hashCode())
                .nextInt(47 * 60);
        at(now + delay, () -> pay(o));
    }

    private void pay(ParcelOutcome o) {
        SimParcel p = o.parcel;
        String payer = token(p.hasOrder() ? p.platform() : p.lane().courier());
        Reply requests = api.get("/api/v1/consignments/" + p.trackingNumber() + "/payment-requests", payer);
        for (JsonNode request : requests.body().path("requests")) {
            if (!request.path("status").asString().equals("DUE")) {
                continue;
            }
            Amount due = amount(request.path("amount"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", request.get("reference").asString());
            body.put("amount", Map.of("amount", due.amount().toPlainString(), "currency", due.currency()));
            body.put("providerRef", "TX-" + p.trackingNumber());
            body.put("collectedAtCheckout", p.hasOrder());
            Reply paid = api.post("/api/v1/payments", payer, null, body);
            if (paid.status() == 201) {
                o.paid = due;
                released(o);
            }
        }
    }

    private void released(ParcelOutcome o) {
        if (o.releasedAt != null) {
            return;
        }
        o.releasedAt = now;
        if (o.arrivedAt != null) {
            deliver(List.of(o));
        }
    }

    /**
     * A delivery round: out for delivery within half a day of release and arrival, delivered
     * the day after; apparel and footwear come back more often than the rest.
     */
    private void deliver(List<ParcelOutcome> round) {
        if (round.isEmpty()) {
            return;
        }
        SplittableRandom random = new SplittableRandom(settings.seed() * 17 + round.get(0).parcel.trackingNumber().hashCode());
        long out = now + 6 * 60 + random.nextInt(12 * 60);
        long delivered = out + 4 * 60 + random.nextInt(20 * 60);
        at(out, () -> finalMile(round, "OUT_FOR_DELIVERY"));
        at(delivered, () -> {
            List<Boolean> done = finalMile(round, "DELIVERED");
            for (int i = 0; i < round.size(); i++) {
                round.get(i).delivered = done.get(i);
            }
        });
        for (ParcelOutcome o : round) {
            String category = o.parcel.category();
            double returns = category.equals("apparel") || category.equals("footwear") ? RETURN_SHARE_APPAREL : RETURN_SHARE_OTHER;
            if (random.nextDouble() < returns) {
                at(delivered + 3 * MINUTES_PER_DAY + random.nextInt(4 * MINUTES_PER_DAY), () -> giveBack(o));
            }
        }
    }

    private List<Boolean> finalMile(List<ParcelOutcome> round, String type) {
        String occurredAt = Instant.now().toString();
        return concurrently(round, o -> api.post("/api/v1/consignments/" + o.parcel.trackingNumber() + "/events",
                token(o.parcel.lane().courier()), null,
                Map.of("type", type, "occurredAt", occurredAt, "location", o.parcel.lane().arrival())))
                .stream().map(r -> r.status() == 201 || r.status() == 200).toList();
    }

    /** The buyer sends the goods back; duties paid on them are owed back and refunded at the next shift. */
    private void giveBack(ParcelOutcome o) {
        if (!o.delivered || !finalMile(List.of(o), "RETURNED").get(0)) {
            return;
        }
        o.returned = true;
        SimParcel p = o.parcel;
        Reply requests = api.get("/api/v1/consignments/" + p.trackingNumber() + "/payment-requests",
                token(PilotParties.officer(p.lane().destination())));
        for (JsonNode request : requests.body().path("requests")) {
            if (request.path("status").asString().equals("REFUND_DUE")) {
                refundsDue.computeIfAbsent(p.lane().destination(), j -> new ArrayList<>()).add(request.get("reference").asString());
            }
        }
    }

    /**
     * What each value fraud withheld, by the same arithmetic as the assessment: a landed-cost
     * quote of the goods at their true value less one at their declared value.
     */
    private void quoteWhatWasAtStake() {
        for (ParcelOutcome o : outcomes.values()) {
            SimParcel p = o.parcel;
            if (o.filedAt == null || (p.fraud() != Fraud.UNDERVALUATION && p.fraud() != Fraud.SPLITTING)) {
                continue;
            }
            Amount declared = quote(p, p.declaredValueUsd());
            Amount whole = quote(p, p.trueValueUsd());
            if (declared != null && whole != null && declared.currency().equals(whole.currency())) {
                BigDecimal gap = whole.amount().subtract(declared.amount());
                // the rest of a split purchase withholds nothing more once one part carries the whole
                boolean firstPart = p.fraud() != Fraud.SPLITTING || outcomes.values().stream()
                        .filter(x -> x.parcel.purchase().equals(p.purchase())).findFirst().orElseThrow() == o;
                o.atStake = new Amount(firstPart ? gap.max(BigDecimal.ZERO) : BigDecimal.ZERO, whole.currency());
            }
        }
    }

    private Amount quote(SimParcel p, BigDecimal valueUsd) {
        Map<String, Object> item = Map.of("hsCode", ((Map<?, ?>) ((List<?>) p.line().get("items")).get(0)).get("hsCode"),
                "description", p.category(), "value", Map.of("amount", valueUsd.toPlainString(), "currency", "USD"),
                "quantity", 1, "grossMassKg", p.line().get("grossMassKg"), "originCountry", "CN");
        Reply r = api.post("/api/v1/quotes", token("demo-platform"), null,
                Map.of("destination", p.lane().destination(), "channel", "COURIER", "items", List.of(item)));
        if (r.status() != 201 || !r.body().path("computed").asBoolean(false)) {
            return null;
        }
        Amount due = amount(r.body().path("totalDue"));
        return due != null ? due : new Amount(BigDecimal.ZERO, r.body().path("lines").path(0).path("currency").asString("USD"));
    }

    private void report(int day) {
        long filed = outcomes.values().stream().filter(o -> o.filedAt != null).count();
        long released = outcomes.values().stream().filter(o -> o.releasedAt != null).count();
        long waiting = outcomes.values().stream().filter(o -> o.selectedForInspection() && !o.inspected && !o.seized).count();
        progress.printf("  day %d: %d consignments filed, %d released, %d waiting for inspection%n", day, filed, released,
                waiting);
    }

    private static Amount amount(JsonNode money) {
        if (money == null || money.isMissingNode() || money.isNull() || !money.has("amount")) {
            return null;
        }
        return new Amount(new BigDecimal(money.get("amount").asString()), money.get("currency").asString());
    }

    private Map<String, Object> withConsumerId(Map<String, Object> document, String label) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        String id = consumerId(label);
        for (String party : List.of("buyer", "consignee")) {
            if (copy.get(party) instanceof Map<?, ?> who) {
                Map<String, Object> replaced = new LinkedHashMap<>(castMap(who));
                replaced.put("consumerId", id);
                copy.put(party, replaced);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private static Reply expect(Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.raw());
        }
        return r;
    }
}
