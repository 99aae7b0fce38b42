package org.caravan.simulator;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.caravan.simulator.internal.EvaluationReport;
import org.caravan.simulator.internal.pilot.CorridorTraffic;
import org.caravan.simulator.internal.pilot.ParcelOutcome;
import org.caravan.simulator.internal.pilot.PilotEvaluation;
import org.caravan.simulator.internal.pilot.PilotRun;
import org.caravan.simulator.internal.pilot.Traffic;

/**
 * Rehearses a pilot: generates the corridor's traffic from a seed, plays it against a running
 * Caravan through its public API and EDIFACT, and evaluates what happened against the ground
 * truth of the fraud it injected ({@code docs/simulator.md}).
 */
public final class PilotSimulation {

    /** What a run produced: the traffic, what became of each parcel, and the evaluation. */
    public record Result(Traffic traffic, List<ParcelOutcome> outcomes, Map<String, Object> evaluation) {
    }

    private PilotSimulation() {
    }

    /** The traffic a seed gives, tagged so it does not collide with an earlier run in the same store. */
    public static Traffic traffic(PilotSettings settings, String runTag) {
        return CorridorTraffic.generate(new CorridorTraffic.TrafficSettings(settings.seed(), settings.days(),
                settings.ordersPerDay(), settings.fraudShare()), runTag);
    }

    public static Result run(String base, PilotSettings settings, String runTag, PrintStream progress) {
        Traffic traffic = traffic(settings, runTag);
        progress.printf("Simulating %d days of the pilot (seed %d, %d orders a day): %d consignments in %d manifests%n",
                settings.days(), settings.seed(), settings.ordersPerDay(), traffic.parcels().size(), traffic.manifests().size());
        PilotRun run = new PilotRun(new CaravanClient(base), new PilotRun.RunSettings(settings.seed(), settings.days(),
                settings.daySeconds(), settings.officerSkill(), settings.shiftsPerDay(), settings.controlsPerShift(),
                settings.drainDays()), progress);
        Instant started = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<ParcelOutcome> outcomes = run.play(traffic);
        return new Result(traffic, outcomes, PilotEvaluation.of(pilot(settings, started), traffic, outcomes,
                settings.officerSkill(), run.currencies(), run.unexpectedAnswers()));
    }

    /** The evaluation as the HTML report a steering committee reads: self-contained, charts inline. */
    public static String report(Map<String, Object> evaluation) {
        return EvaluationReport.html(CaravanClient.JSON.valueToTree(evaluation));
    }

    /** A run tag from the clock: a new one each run, so reruns file into the same store. */
    public static String freshRunTag() {
        return Long.toString(Instant.now().getEpochSecond() % 1_000_000_000L, 36).toUpperCase();
    }

    private static Map<String, Object> pilot(PilotSettings s, Instant started) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("start", started.toString());
        p.put("days", s.days());
        p.put("drainDays", s.drainDays());
        p.put("seed", s.seed());
        p.put("ratePerDay", s.ordersPerDay());
        p.put("officerSkill", s.officerSkill());
        p.put("shiftsPerDay", s.shiftsPerDay());
        p.put("controlsPerShift", new TreeMap<>(s.controlsPerShift()));
        p.put("fraudShare", s.fraudShare());
        p.put("daySeconds", s.daySeconds());
        return p;
    }
}
