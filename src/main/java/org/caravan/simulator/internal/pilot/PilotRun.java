package org.caravan.simulator.internal.pilot;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

import org.caravan.interchange.InterchangeFiles;
import org.caravan.simulator.CaravanClient;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.simulator.internal.pilot.ParcelOutcome.Amount;

import tools.jackson.databind.JsonNode;

/**
 * Plays a pilot's traffic against Caravan through its public API on a compressed clock: the
 * platforms file orders at checkout, the couriers file each departure's manifest (the road
 * carrier as UN/EDIFACT) and report arrival, officers work their queues shift by shift at a
 * fixed capacity ({@link OfficerFindings}), payers pay, and the couriers report the final mile
 * and the returns. Events run one at a time in simulated time, each waiting for its moment on
 * the wall clock when the pilot is paced.
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
    /** Clothes and shoes come back more often than the rest. */
    private static final double RETURN_SHARE_WORN = 0.12;
    private static final double RETURN_SHARE_OTHER = 0.03;

    private final PilotCalls calls;
    private final CaravanClient api;
    private final RunSettings settings;
    private final PrintStream progress;
    private final OfficerFindings findings;
    private final Map<String, String> consumerIds = new HashMap<>();
    private final Map<String, String> currencies = new TreeMap<>();
    private final Map<String, ParcelOutcome> outcomes = new LinkedHashMap<>();
    private final Map<String, List<String>> refundsDue = new TreeMap<>();
    /** Tasks an officer found it cannot close for want of a computable charge: not taken up again. */
    private final Set<String> waitingForCharge = new HashSet<>();
    private final PriorityQueue<Scheduled> agenda = new PriorityQueue<>();
    private long now;
    private long sequence;
    private long wallStart;
    private boolean played;

    private record Scheduled(long at, long sequence, Runnable event) implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(sequence, o.sequence);
        }
    }

    public PilotRun(CaravanClient api, RunSettings settings, PrintStream progress) {
        this.calls = new PilotCalls(api, progress);
        this.api = api;
        this.settings = settings;
        this.progress = progress;
        this.findings = new OfficerFindings(settings.seed(), settings.officerSkill());
    }

    /** Plays the traffic to the end of the pilot and its drain days, once; the outcomes in traffic order. */
    public List<ParcelOutcome> play(Traffic traffic) {
        if (played) {
            throw new IllegalStateException("a run plays its traffic once");
        }
        played = true;
        try (calls) {
            traffic.parcels().forEach(p -> outcomes.put(p.trackingNumber(), new ParcelOutcome(p)));
            traffic.parcels().stream().filter(SimParcel::hasOrder).forEach(p -> at(p.orderedAt(), () -> fileOrder(p)));
            traffic.manifests().forEach(m -> at(m.departsAt(), () -> fileManifest(m)));
            long end = (long) (settings.days() + settings.drainDays()) * MINUTES_PER_DAY;
            int shiftMinutes = MINUTES_PER_DAY / settings.shiftsPerDay();
            for (long t = 8 * 60; t < end; t += shiftMinutes) {
                for (String jurisdiction : new TreeMap<>(settings.controlsPerShift()).keySet()) {
                    at(t, () -> shift(jurisdiction));
                }
            }
            for (int day = 1; day <= settings.days() + settings.drainDays(); day++) {
                int d = day;
                at((long) day * MINUTES_PER_DAY - 1, () -> report(d));
            }
            readCurrencies();
            issueConsumerIds(traffic);
            wallStart = System.nanoTime();
            while (!agenda.isEmpty() && agenda.peek().at() < end) {
                Scheduled next = agenda.poll();
                pace(next.at());
                now = next.at();
                next.event().run();
            }
            quoteWhatWasAtStake();
            return List.copyOf(outcomes.values());
        }
    }

    /** The currency each jurisdiction assesses in, as Caravan states it. */
    public Map<String, String> currencies() {
        return Map.copyOf(currencies);
    }

    /** The answers no simulated party expected, by call and status. */
    public Map<String, Integer> unexpectedAnswers() {
        return calls.unexpected();
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
        return calls.token(client);
    }

    private void readCurrencies() {
        Reply r = PilotCalls.expect(api.get("/api/v1/jurisdictions", token(PilotParties.EXPRESS_COURIER)), 200, "jurisdictions");
        r.body().forEach(j -> currencies.put(j.path("code").asString(), j.path("currency").asString()));
    }

    /** Each buyer asks customs for a consumer id once, before the pilot, as a person would before shopping abroad. */
    private void issueConsumerIds(Traffic traffic) {
        List<String> labels = traffic.parcels().stream().map(SimParcel::consumer).distinct().sorted().toList();
        List<Reply> issued = calls.together(labels, this::issue);
        for (int i = 0; i < labels.size(); i++) {
            String id = PilotCalls.expect(issued.get(i), 201, "consumer id for " + labels.get(i)).body().path("consumerId")
                    .asString("");
            if (id.isEmpty()) {
                throw new IllegalStateException("consumer id for " + labels.get(i) + " came without one: " + issued.get(i).raw());
            }
            consumerIds.put(labels.get(i), id);
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

    private void fileOrder(SimParcel p) {
        Map<String, Object> order = withConsumerId(p.order(), p.consumer());
        order.put("orderedAt", Instant.now().toString());
        Map<String, Object> payment = new LinkedHashMap<>(castMap(order.get("payment")));
        payment.put("paidAt", Instant.now().toString());
        order.put("payment", payment);
        PilotCalls.expect(api.post("/api/v1/orders", token(p.platform()), "order-" + p.trackingNumber(), order), 201,
                "order " + p.trackingNumber());
    }

    private void fileManifest(SimManifest m) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SimParcel p : m.parcels()) {
            lines.add(withConsumerId(p.line(), p.consumer()));
        }
        long transitWall = Math.max(60, (long) (m.lane().transitHours() * 3600 * settings.daySeconds() / 86_400.0));
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
            String cuscar = InterchangeFiles.manifestAsCuscar(json, m.lane().courier(), m.controlReference());
            PilotCalls.expect(api.post("/api/v1/interchange/edifact", courier, null, "application/EDIFACT",
                    cuscar.getBytes(StandardCharsets.UTF_8)), 202, "CUSCAR " + m.manifestRef());
        } else {
            PilotCalls.expect(api.post("/api/v1/manifests", courier, "manifest-" + m.manifestRef(), manifest), 202,
                    "manifest " + m.manifestRef());
        }
        String officer = token(PilotParties.officer(m.lane().destination()));
        List<Reply> views = calls.together(m.parcels(), p -> api.get("/api/v1/consignments/" + p.trackingNumber(), officer));
        for (int i = 0; i < views.size(); i++) {
            readDecision(outcomes.get(m.parcels().get(i).trackingNumber()), views.get(i), officer);
        }
        at(m.arrivesAt(), () -> arrive(m));
    }

    private void readDecision(ParcelOutcome o, Reply view, String officer) {
        SimParcel p = o.parcel;
        o.filedAt = now;
        JsonNode c = caseOf(p, view).orElseGet(() -> caseOf(p, new Reply(200, "", api.awaitDecision(p.trackingNumber(),
                officer, Duration.ofMinutes(1)), "", null)).orElseThrow(() -> new IllegalStateException(
                        "no decision of " + p.lane().destination() + " for " + p.trackingNumber())));
        o.decision = c.path("status").asString("");
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

    /** The destination's case in a consignment view; empty while it is not decided yet (on Kafka, decisions follow the 202). */
    private static java.util.Optional<JsonNode> caseOf(SimParcel p, Reply view) {
        PilotCalls.expect(view, 200, "consignment " + p.trackingNumber());
        for (JsonNode c : view.body().path("cases")) {
            if (c.path("jurisdiction").asString().equals(p.lane().destination())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    private void arrive(SimManifest m) {
        String courier = token(m.lane().courier());
        List<ParcelOutcome> unloaded = m.parcels().stream().map(p -> outcomes.get(p.trackingNumber())).filter(o -> !o.seized)
                .toList();
        List<Reply> replies = calls.together(unloaded,
                o -> api.post("/api/v1/consignments/" + o.parcel.trackingNumber() + "/arrival", courier, null, "{}"));
        List<ParcelOutcome> deliverable = new ArrayList<>();
        for (int i = 0; i < unloaded.size(); i++) {
            ParcelOutcome o = unloaded.get(i);
            if (calls.answered(replies.get(i), "arrival", 200)) {
                o.arrivedAt = now;
                if (o.releasedAt != null) {
                    deliverable.add(o);
                }
            }
        }
        deliver(deliverable);
    }

    /** One shift of the jurisdiction's officers: refunds owed, documentary checks, then inspections of arrived parcels. */
    private void shift(String jurisdiction) {
        int capacity = settings.controlsPerShift().getOrDefault(jurisdiction, 0);
        String officer = token(PilotParties.officer(jurisdiction));
        for (String reference : refundsDue.getOrDefault(jurisdiction, List.of())) {
            calls.answered(api.post("/api/v1/refunds/" + reference + "/paid", officer, null, Map.of("bankRef", "RF-" + reference)),
                    "refund paid", 200, 201);
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
            Reply page = PilotCalls.expect(api.get("/api/v1/tasks?queue=" + queue + "&limit=200"
                    + (after == null ? "" : "&after=" + after), officer), 200, queue + " queue of " + jurisdiction);
            for (JsonNode task : page.body().path("tasks")) {
                if (worked >= capacity) {
                    break;
                }
                ParcelOutcome o = outcomes.get(task.path("trackingNumber").asString());
                String taskId = task.path("taskId").asString();
                // another run's parcels, an inspection before the goods are there, or one waiting for a charge
                if (o == null || (queue.equals("inspection") && o.arrivedAt == null) || waitingForCharge.contains(taskId)) {
                    continue;
                }
                if (control(o, taskId, queue.equals("inspection"), officer)) {
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
    private boolean control(ParcelOutcome o, String taskId, boolean inspection, String officer) {
        SimParcel p = o.parcel;
        boolean found = findings.finds(p, inspection);
        Reply r = api.post("/api/v1/tasks/" + taskId + "/result", officer, null, findings.result(p, found, inspection));
        if (r.status() == 422 && r.raw().contains("/assessedCharge")) {
            o.awaitingOfficerCharge = true;
            waitingForCharge.add(taskId);
            return false;
        }
        PilotCalls.expect(r, 200, "result of " + p.trackingNumber());
        findings.recorded(p, found);
        o.inspected |= inspection;
        o.documentsChecked |= !inspection;
        o.found |= found;
        Amount after = amount(r.body().path("amountDue"));
        if (found && after != null) {
            BigDecimal before = o.dueAtDecision != null && o.dueAtDecision.currency().equals(after.currency())
                    ? o.dueAtDecision.amount() : BigDecimal.ZERO;
            if (after.amount().compareTo(before) > 0) {
                o.revenueFound = new Amount(after.amount().subtract(before), after.currency());
            }
        }
        switch (r.body().path("status").asString("")) {
            case "RELEASED", "RELEASED_PRE_ARRIVAL" -> released(o);
            case "PAYMENT_REQUIRED" -> schedulePayment(o);
            case "SEIZED" -> o.seized = true;
            default -> {
            }
        }
        return true;
    }

    /** The payer pays: half an hour later when the platform collected at checkout, otherwise within two days. */
    private void schedulePayment(ParcelOutcome o) {
        long delay = o.parcel.hasOrder() ? 30 : 60 + draws(o.parcel, 13).nextInt(47 * 60);
        at(now + delay, () -> pay(o));
    }

    /** Pays every amount due on the case; the parcel is released once nothing is due any more. */
    private void pay(ParcelOutcome o) {
        SimParcel p = o.parcel;
        String payer = token(p.hasOrder() ? p.platform() : p.lane().courier());
        Reply requests = api.get("/api/v1/consignments/" + p.trackingNumber() + "/payment-requests", payer);
        if (!calls.answered(requests, "payment requests", 200)) {
            return;
        }
        boolean allPaid = true;
        for (JsonNode request : requests.body().path("requests")) {
            Amount due = amount(request.path("amount"));
            String reference = request.path("reference").asString("");
            if (!request.path("status").asString("").equals("DUE") || due == null || reference.isEmpty()) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reference", reference);
            body.put("amount", Map.of("amount", due.amount().toPlainString(), "currency", due.currency()));
            body.put("providerRef", "TX-" + reference);
            body.put("collectedAtCheckout", p.hasOrder());
            allPaid &= calls.answered(api.post("/api/v1/payments", payer, null, body), "payment", 201, 200);
        }
        if (allPaid) {
            released(o);
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
     * A delivery round: out for delivery 6 to 18 hours after release and arrival, delivered 4 to
     * 24 hours later; some of it comes back 3 to 7 days after delivery.
     */
    private void deliver(List<ParcelOutcome> round) {
        if (round.isEmpty()) {
            return;
        }
        SplittableRandom random = draws(round.get(0).parcel, 17);
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
            double returns = category.equals("apparel") || category.equals("footwear") ? RETURN_SHARE_WORN : RETURN_SHARE_OTHER;
            if (random.nextDouble() < returns) {
                at(delivered + 3 * MINUTES_PER_DAY + random.nextInt(4 * MINUTES_PER_DAY), () -> giveBack(o));
            }
        }
    }

    private List<Boolean> finalMile(List<ParcelOutcome> round, String type) {
        String occurredAt = Instant.now().toString();
        List<Reply> replies = calls.together(round, o -> api.post("/api/v1/consignments/" + o.parcel.trackingNumber() + "/events",
                token(o.parcel.lane().courier()), null,
                Map.of("type", type, "occurredAt", occurredAt, "location", o.parcel.lane().arrival())));
        return replies.stream().map(r -> calls.answered(r, "final mile " + type, 201, 200)).toList();
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
        if (!calls.answered(requests, "payment requests", 200)) {
            return;
        }
        for (JsonNode request : requests.body().path("requests")) {
            for (JsonNode refund : request.path("refunds")) {
                String reference = refund.path("reference").asString("");
                if (refund.path("state").asString("").equals("DUE") && !reference.isEmpty()) {
                    refundsDue.computeIfAbsent(p.lane().destination(), j -> new ArrayList<>()).add(reference);
                }
            }
        }
    }

    /**
     * What each value fraud withheld, by the same arithmetic as the assessment: a landed-cost
     * quote of the goods at their true value less one at their declared value. Every part of a
     * split purchase withholds the whole purchase's duties: finding any part finds all of it.
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
                o.atStake = new Amount(whole.amount().subtract(declared.amount()).max(BigDecimal.ZERO), whole.currency());
            }
        }
    }

    /** The duties a quote states for the parcel's goods at {@code valueUsd}; null when the regime computes none. */
    private Amount quote(SimParcel p, BigDecimal valueUsd) {
        Map<String, Object> item = Map.of("hsCode", p.declaredHsCode(), "description", p.category(),
                "value", Map.of("amount", valueUsd.toPlainString(), "currency", "USD"), "quantity", 1,
                "grossMassKg", p.line().get("grossMassKg"), "originCountry", "CN");
        Reply r = api.post("/api/v1/quotes", token(PilotParties.PLATFORM), null,
                Map.of("destination", p.lane().destination(), "channel", "COURIER", "items", List.of(item)));
        if (!calls.answered(r, "quote", 201) || !r.body().path("computed").asBoolean(false)) {
            return null;
        }
        Amount due = amount(r.body().path("totalDue"));
        return due != null ? due : new Amount(BigDecimal.ZERO, currencies.get(p.lane().destination()));
    }

    /** A generator for one kind of draw about one parcel, fixed by the seed and the parcel's place in the traffic. */
    private SplittableRandom draws(SimParcel p, int kind) {
        return new SplittableRandom(settings.seed() * kind + p.serial());
    }

    private void report(int day) {
        long filed = outcomes.values().stream().filter(o -> o.filedAt != null).count();
        long released = outcomes.values().stream().filter(o -> o.releasedAt != null).count();
        long waiting = outcomes.values().stream().filter(o -> o.selectedForInspection() && !o.inspected && !o.seized).count();
        progress.printf("  day %d: %d consignments filed, %d released, %d waiting for inspection%n", day, filed, released,
                waiting);
    }

    private static Amount amount(JsonNode money) {
        if (money == null || !money.path("amount").isString() || !money.path("currency").isString()) {
            return null;
        }
        try {
            return new Amount(new BigDecimal(money.get("amount").asString()), money.get("currency").asString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, Object> withConsumerId(Map<String, Object> document, String label) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        String id = consumerIds.get(label);
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
}
