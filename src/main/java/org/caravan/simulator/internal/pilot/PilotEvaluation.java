package org.caravan.simulator.internal.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.caravan.simulator.internal.pilot.ParcelOutcome.Amount;

/**
 * The pilot's monitoring and evaluation summary, judged against its own ground truth: clearance
 * times, the share released before arrival, inspection and hit rates and duties per lane and
 * category, and how well selection found the fraud beside a random selection with the same
 * inspection budget. Pure arithmetic over what the run observed, so a test can check it by hand.
 *
 * <p>Selection is judged as a choice: its precision is the share of the parcels risk selected for a
 * control (an inspection or a documentary check) that were fraudulent, its recall the share of
 * fraudulent parcels selected. Hits are what officers then found. Money is summed per currency,
 * never across.
 */
public final class PilotEvaluation {

    static final List<Integer> HOUR_BOUNDS = List.of(1, 4, 12, 24, 48, 72);

    private PilotEvaluation() {
    }

    /**
     * @param currencies the currency each jurisdiction assesses in
     * @param unexpectedAnswers answers no simulated party expected, by call and status: figures resting on them are short
     */
    public static Map<String, Object> of(Map<String, Object> pilot, Traffic traffic, List<ParcelOutcome> outcomes,
            double officerSkill, Map<String, String> currencies, Map<String, Integer> unexpectedAnswers) {
        List<ParcelOutcome> filed = outcomes.stream().filter(o -> o.filedAt().isPresent()).toList();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("pilot", pilot);
        Map<String, Object> generated = traffic(traffic, filed);
        generated.put("unexpectedAnswers", new TreeMap<>(unexpectedAnswers));
        e.put("traffic", generated);
        e.put("overall", measures(filed));
        List<Map<String, Object>> lanes = new ArrayList<>();
        for (TradeLane lane : TradeLane.values()) {
            List<ParcelOutcome> of = filed.stream().filter(o -> o.parcel().lane() == lane).toList();
            if (!of.isEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lane", lane.key());
                m.put("name", lane.title());
                m.putAll(measures(of));
                lanes.add(m);
            }
        }
        e.put("byLane", lanes);
        Map<String, List<ParcelOutcome>> byCategory = filed.stream()
                .collect(Collectors.groupingBy(o -> o.parcel().category(), TreeMap::new, Collectors.toList()));
        List<Map<String, Object>> categories = new ArrayList<>();
        byCategory.entrySet().stream().sorted(Comparator.comparingInt(c -> -c.getValue().size())).forEach(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("category", c.getKey());
            m.put("section", c.getValue().get(0).parcel().hsSection());
            m.putAll(measures(c.getValue()));
            categories.add(m);
        });
        e.put("byCategory", categories);
        e.put("timeToRelease", histogram(filed));
        e.put("riskAccuracy", riskAccuracy(filed, officerSkill, currencies));
        return e;
    }

    private static Map<String, Object> traffic(Traffic traffic, List<ParcelOutcome> filed) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("orders", traffic.parcels().stream().filter(SimParcel::hasOrder).count());
        t.put("manifests", traffic.manifests().size());
        t.put("edifactManifests", traffic.manifests().stream().filter(m -> m.lane().filedAsEdifact()).count());
        t.put("consignments", filed.size());
        t.put("consumers", traffic.consumers());
        t.put("sellers", traffic.sellers());
        t.put("fraudulent", filed.stream().filter(o -> o.parcel().fraud().fraudulent()).count());
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (Fraud f : Fraud.values()) {
            if (f.fraudulent()) {
                kinds.put(f.name(), filed.stream().filter(o -> o.parcel().fraud() == f).count());
            }
        }
        t.put("fraudByKind", kinds);
        t.put("returned", filed.stream().filter(ParcelOutcome::returned).count());
        return t;
    }

    static Map<String, Object> measures(List<ParcelOutcome> of) {
        List<ParcelOutcome> released = of.stream().filter(o -> o.releasedAt().isPresent()).toList();
        long beforeArrival = released.stream()
                .filter(o -> o.arrivedAt().isEmpty() || o.releasedAt().get() <= o.arrivedAt().get()).count();
        List<Double> hours = released.stream().map(PilotEvaluation::hoursToRelease).sorted().toList();
        long selected = count(of, ParcelOutcome::selectedForControl);
        long controlled = count(of, ParcelOutcome::controlled);
        long hits = count(of, o -> o.controlled() && o.found());
        long fraudulent = count(of, o -> o.parcel().fraud().fraudulent());
        long fraudSelected = count(of, o -> o.selectedForControl() && o.parcel().fraud().fraudulent());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filed", of.size());
        m.put("released", released.size());
        m.put("releasedBeforeArrival", beforeArrival);
        m.put("shareReleasedBeforeArrival", ratio(beforeArrival, released.size()));
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("median", hours.isEmpty() ? null : round(percentile(hours, 0.5)));
        h.put("p90", hours.isEmpty() ? null : round(percentile(hours, 0.9)));
        m.put("hoursToRelease", h);
        m.put("selectedForInspection", count(of, ParcelOutcome::selectedForInspection));
        m.put("heldForDocuments", count(of, o -> "HELD_FOR_DOCUMENTS".equals(o.decision())));
        m.put("selectedForControl", selected);
        m.put("inspectionRate", ratio(count(of, ParcelOutcome::selectedForInspection), of.size()));
        m.put("inspected", count(of, ParcelOutcome::inspected));
        m.put("controlled", controlled);
        m.put("hits", hits);
        m.put("hitRate", ratio(hits, controlled));
        m.put("awaitingOfficerCharge", count(of, ParcelOutcome::awaitingOfficerCharge));
        m.put("paymentRequired", count(of, o -> "PAYMENT_REQUIRED".equals(o.decision())));
        m.put("dutiesAssessed", sum(of, o -> List.of(o.dueAtDecision(), o.revenueFound())));
        m.put("revenueFound", sum(of, o -> List.of(o.revenueFound())));
        m.put("fraudulent", fraudulent);
        m.put("fraudSelected", fraudSelected);
        m.put("fraudFound", count(of, ParcelOutcome::found));
        m.put("precision", ratio(fraudSelected, selected));
        m.put("recall", ratio(fraudSelected, fraudulent));
        return m;
    }

    private static Map<String, Object> histogram(List<ParcelOutcome> filed) {
        long[] counts = new long[HOUR_BOUNDS.size() + 1];
        for (ParcelOutcome o : filed) {
            if (o.releasedAt().isPresent()) {
                double h = hoursToRelease(o);
                int bucket = 0;
                while (bucket < HOUR_BOUNDS.size() && h > HOUR_BOUNDS.get(bucket)) {
                    bucket++;
                }
                counts[bucket]++;
            }
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("boundsHours", HOUR_BOUNDS);
        t.put("counts", Arrays.stream(counts).boxed().toList());
        t.put("notReleased", count(filed, o -> o.releasedAt().isEmpty()));
        return t;
    }

    private static Map<String, Object> riskAccuracy(List<ParcelOutcome> filed, double skill, Map<String, String> currencies) {
        long selected = count(filed, ParcelOutcome::selectedForControl);
        long fraudulent = count(filed, o -> o.parcel().fraud().fraudulent());
        long fraudSelected = count(filed, o -> o.selectedForControl() && o.parcel().fraud().fraudulent());
        // revenue per control is over the selections of the jurisdictions assessing in each currency, for both
        Map<String, Long> selectedPerCurrency = new TreeMap<>();
        filed.stream().filter(ParcelOutcome::selectedForControl).forEach(o -> selectedPerCurrency
                .merge(currencies.getOrDefault(o.parcel().lane().destination(), "?"), 1L, Long::sum));

        Map<String, Object> targeted = new LinkedHashMap<>();
        targeted.put("selected", selected);
        targeted.put("controls", count(filed, ParcelOutcome::controlled));
        targeted.put("hits", count(filed, o -> o.controlled() && o.found()));
        targeted.put("precision", ratio(fraudSelected, selected));
        targeted.put("recall", ratio(fraudSelected, fraudulent));
        Map<String, BigDecimal> revenue = totals(filed, o -> List.of(o.revenueFound()));
        targeted.put("revenueFound", stated(revenue));
        targeted.put("revenueFoundPerControl", perControl(revenue, selectedPerCurrency));

        // the same number of parcels drawn at random among each jurisdiction's parcels and inspected: expectations
        double expectedFraud = 0;
        Map<String, BigDecimal> randomRevenue = new TreeMap<>();
        Map<String, List<ParcelOutcome>> byJurisdiction = filed.stream()
                .collect(Collectors.groupingBy(o -> o.parcel().lane().destination(), TreeMap::new, Collectors.toList()));
        for (List<ParcelOutcome> of : byJurisdiction.values()) {
            double share = (double) count(of, ParcelOutcome::selectedForControl) / of.size();
            expectedFraud += share * count(of, o -> o.parcel().fraud().fraudulent());
            totals(of, o -> List.of(o.atStake())).forEach((currency, atStake) -> randomRevenue.merge(currency,
                    atStake.multiply(BigDecimal.valueOf(share * skill)), BigDecimal::add));
        }
        Map<String, Object> random = new LinkedHashMap<>();
        random.put("selected", selected);
        random.put("expectedHits", round(expectedFraud * skill));
        random.put("precision", selected == 0 ? null : round4(expectedFraud / selected));
        random.put("recall", fraudulent == 0 ? null : round4(expectedFraud / fraudulent));
        random.put("revenueFound", stated(randomRevenue));
        random.put("revenueFoundPerControl", perControl(randomRevenue, selectedPerCurrency));

        List<Map<String, Object>> kinds = new ArrayList<>();
        for (Fraud f : Fraud.values()) {
            if (!f.fraudulent()) {
                continue;
            }
            List<ParcelOutcome> of = filed.stream().filter(o -> o.parcel().fraud() == f).toList();
            long sent = count(of, ParcelOutcome::selectedForControl);
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("kind", f.name());
            k.put("parcels", of.size());
            k.put("selected", sent);
            k.put("found", count(of, ParcelOutcome::found));
            k.put("recall", ratio(sent, of.size()));
            kinds.add(k);
        }
        Map<String, long[]> byReason = new TreeMap<>();
        for (ParcelOutcome o : filed) {
            if (o.selectedForControl()) {
                for (String reason : o.reasons().stream().distinct().toList()) {
                    long[] n = byReason.computeIfAbsent(reason, r -> new long[2]);
                    n[0]++;
                    n[1] += o.parcel().fraud().fraudulent() ? 1 : 0;
                }
            }
        }
        List<Map<String, Object>> reasons = new ArrayList<>();
        byReason.entrySet().stream().sorted(Comparator.comparingLong(e -> -e.getValue()[0])).forEach(e -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("reason", e.getKey());
            r.put("selected", e.getValue()[0]);
            r.put("fraudulent", e.getValue()[1]);
            r.put("precision", ratio(e.getValue()[1], e.getValue()[0]));
            reasons.add(r);
        });
        List<Map<String, Object>> missed = new ArrayList<>();
        for (ParcelOutcome o : filed) {
            if ("RANDOM".equals(o.selection()) && o.found()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("trackingNumber", o.parcel().trackingNumber());
                m.put("lane", o.parcel().lane().key());
                m.put("category", o.parcel().category());
                m.put("kind", o.parcel().fraud().name());
                m.put("revenueFound", o.revenueFound().map(a -> Map.of("amount", a.amount().toPlainString(), "currency",
                        a.currency())).orElse(null));
                missed.add(m);
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("targeted", targeted);
        r.put("randomBaseline", random);
        r.put("byKind", kinds);
        r.put("byReason", reasons);
        r.put("randomFoundTargetingMissed", missed);
        return r;
    }

    private static Map<String, String> perControl(Map<String, BigDecimal> revenue, Map<String, Long> selections) {
        Map<String, String> per = new TreeMap<>();
        revenue.forEach((currency, amount) -> {
            Long n = selections.get(currency);
            if (n != null && n > 0) {
                per.put(currency, amount.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP).toPlainString());
            }
        });
        return per;
    }

    private static double hoursToRelease(ParcelOutcome o) {
        return (o.releasedAt().get() - o.filedAt().get()) / 60.0;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static long count(List<ParcelOutcome> of, Predicate<ParcelOutcome> test) {
        return of.stream().filter(test).count();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : round4((double) part / whole);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round4(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, BigDecimal> totals(List<ParcelOutcome> of,
            Function<ParcelOutcome, List<Optional<Amount>>> amounts) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (ParcelOutcome o : of) {
            for (var amount : amounts.apply(o)) {
                amount.ifPresent(a -> totals.merge(a.currency(), a.amount(), BigDecimal::add));
            }
        }
        return totals;
    }

    private static Map<String, String> sum(List<ParcelOutcome> of, Function<ParcelOutcome, List<Optional<Amount>>> amounts) {
        return stated(totals(of, amounts));
    }

    private static Map<String, String> stated(Map<String, BigDecimal> totals) {
        Map<String, String> stated = new TreeMap<>();
        totals.forEach((currency, amount) -> stated.put(currency, amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        return stated;
    }
}
