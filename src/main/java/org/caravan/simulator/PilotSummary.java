package org.caravan.simulator;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The evaluation summary as a pilot manager reads it at the end of a run, in plain text. */
public final class PilotSummary {

    private PilotSummary() {
    }

    @SuppressWarnings("unchecked")
    public static void print(Map<String, Object> evaluation, PrintStream out) {
        Map<String, Object> traffic = (Map<String, Object>) evaluation.get("traffic");
        Map<String, Object> overall = (Map<String, Object>) evaluation.get("overall");
        Map<String, Object> pilot = (Map<String, Object>) evaluation.get("pilot");
        out.println();
        out.printf("Pilot of %s days (seed %s): %s orders, %s manifests (%s as UN/EDIFACT), %s consignments, %s with fraud injected%n",
                pilot.get("days"), pilot.get("seed"), traffic.get("orders"), traffic.get("manifests"),
                traffic.get("edifactManifests"), traffic.get("consignments"), traffic.get("fraudulent"));
        out.printf("  %-58s %s%n", "released before arrival", share(overall.get("shareReleasedBeforeArrival")));
        Map<String, Object> hours = (Map<String, Object>) overall.get("hoursToRelease");
        out.printf("  %-58s median %s h, 90th percentile %s h (simulated)%n", "time from filing to release",
                hours.get("median"), hours.get("p90"));
        out.printf("  %-58s %s sent to inspection (%s), %s held for documents; %s controls done, hit rate %s%n",
                "controls", overall.get("selectedForInspection"), share(overall.get("inspectionRate")),
                overall.get("heldForDocuments"), overall.get("controlled"), share(overall.get("hitRate")));
        if (((Number) overall.get("awaitingOfficerCharge")).longValue() > 0) {
            out.printf("  %-58s %s (the regime computes no charge above the allowance)%n",
                    "controls waiting for an officer's charge", overall.get("awaitingOfficerCharge"));
        }
        out.printf("  %-58s %s%n", "duties assessed", overall.get("dutiesAssessed"));
        for (Map<String, Object> lane : (List<Map<String, Object>>) evaluation.get("byLane")) {
            Map<String, Object> h = (Map<String, Object>) lane.get("hoursToRelease");
            out.printf("  lane %-13s %5s filed, %s released before arrival, p90 %s h, %s controlled, hit rate %s, duties %s%n",
                    lane.get("lane"), lane.get("filed"), share(lane.get("shareReleasedBeforeArrival")), h.get("p90"),
                    lane.get("controlled"), share(lane.get("hitRate")), lane.get("dutiesAssessed"));
        }
        for (Map<String, Object> category : ((List<Map<String, Object>>) evaluation.get("byCategory")).stream().limit(8).toList()) {
            out.printf("  %-18s %5s filed, %s released before arrival, %s controlled, hit rate %s, duties %s%n",
                    category.get("category"), category.get("filed"), share(category.get("shareReleasedBeforeArrival")),
                    category.get("controlled"), share(category.get("hitRate")), category.get("dutiesAssessed"));
        }
        Map<String, Object> risk = (Map<String, Object>) evaluation.get("riskAccuracy");
        Map<String, Object> targeted = (Map<String, Object>) risk.get("targeted");
        Map<String, Object> random = (Map<String, Object>) risk.get("randomBaseline");
        out.printf("  selection against the ground truth: precision %s, recall %s; revenue found per control %s%n",
                share(targeted.get("precision")), share(targeted.get("recall")), targeted.get("revenueFoundPerControl"));
        out.printf("  random selection of as many parcels (%s), inspected: precision %s, recall %s; revenue found per control %s%n",
                random.get("selected"), share(random.get("precision")), share(random.get("recall")),
                random.get("revenueFoundPerControl"));
        for (Map<String, Object> kind : (List<Map<String, Object>>) risk.get("byKind")) {
            out.printf("    %-18s %4s parcels, %4s selected, %4s found%n", kind.get("kind"), kind.get("parcels"),
                    kind.get("selected"), kind.get("found"));
        }
        out.printf("  found by random selection, missed by targeting: %s parcels%n",
                ((List<?>) risk.get("randomFoundTargetingMissed")).size());
    }

    static String share(Object ratio) {
        return ratio == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", ((Number) ratio).doubleValue() * 100);
    }
}
