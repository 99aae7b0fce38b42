package org.caravan;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.caravan.simulator.PilotSettings;
import org.caravan.simulator.PilotSimulation;
import org.caravan.simulator.PilotSummary;
import org.springframework.boot.WebApplicationType;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./caravan simulate}: rehearses a pilot on simulated traffic and evaluates it against the ground truth. */
@Command(name = "simulate", description = "Start the service, play a simulated pilot against it through the API and EDIFACT,"
        + " and evaluate it against the fraud injected (docs/simulator.md).")
class SimulateCommand extends CaravanCommandLine.StorageCommand {

    @Option(names = "--days", defaultValue = "7", description = "Days on which buyers order (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed of the traffic: the same seed, the same traffic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", defaultValue = "400", description = "Checkouts a day over all lanes (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--day-seconds", defaultValue = "0", description = "Wall-clock seconds per simulated day; 0 runs as fast as the service answers (default: ${DEFAULT-VALUE}).")
    double daySeconds;

    @Option(names = "--officer-skill", defaultValue = "0.85", description = "Chance an inspection finds what is wrong (default: ${DEFAULT-VALUE}).")
    double officerSkill;

    @Option(names = "--shifts", defaultValue = "2", description = "Officer shifts a day (default: ${DEFAULT-VALUE}).")
    int shifts;

    @Option(names = "--capacity", split = ",", description = "Tasks worked per shift per administration, e.g. KZ=12,KG=4,UZ=8"
            + " (default: about three parcels in twenty of each one's daily traffic, the share selection sends to a control).")
    Map<String, Integer> capacity;

    @Option(names = "--fraud-share", defaultValue = "0.06", description = "Share of checkouts with fraud injected (default: ${DEFAULT-VALUE}).")
    double fraudShare;

    @Option(names = "--drain-days", defaultValue = "6", description = "Days the pilot runs on after the last order, so parcels in flight clear (default: ${DEFAULT-VALUE}).")
    int drainDays;

    @Option(names = "--report", description = "Write the evaluation report as HTML to FILE and its figures as JSON beside it (FILE with .json).")
    Path report;

    @Option(names = "--json", description = "Print the evaluation as JSON on stdout; progress goes to stderr.")
    boolean json;

    @Option(names = "--port", defaultValue = "0", description = "HTTP port of the service (default: ${DEFAULT-VALUE}, a free one).")
    int port;

    @Option(names = "--serve", description = "Keep serving after the pilot, to read it on the console.")
    boolean serve;

    @Override
    public Integer call() throws Exception {
        PilotSettings settings;
        try {
            // an administration left out keeps the default, so its queues are still worked
            Map<String, Integer> perShift = new TreeMap<>(PilotSettings.capacityFor(rate, shifts));
            if (capacity != null) {
                perShift.putAll(upperCase(capacity));
            }
            settings = new PilotSettings(days, seed, rate, daySeconds, officerSkill, shifts, perShift, fraudShare, drainDays);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        PrintStream stdout = System.out;
        PrintStream progress = json ? System.err : stdout;
        var context = start(WebApplicationType.SERVLET, List.of("--server.port=" + port, "--logging.level.root=ERROR",
                "--spring.main.banner-mode=off"));
        int actualPort = context.getEnvironment().getProperty("local.server.port", Integer.class, port);
        String base = "http://localhost:" + actualPort;
        PilotSimulation.Result result = PilotSimulation.run(base, settings, PilotSimulation.freshRunTag(), progress);
        Map<String, Object> evaluation = result.evaluation();
        if (report != null) {
            Path figures = jsonBeside(report);
            try (PrintStream file = new PrintStream(Files.newOutputStream(figures), true, StandardCharsets.UTF_8)) {
                CaravanCommandLine.printJson(file, evaluation);
            }
            Files.writeString(report, PilotSimulation.report(evaluation), StandardCharsets.UTF_8);
            progress.println("Report: " + report.toAbsolutePath() + " (figures: " + figures.toAbsolutePath() + ")");
        }
        if (json) {
            CaravanCommandLine.printJson(stdout, evaluation);
        } else {
            PilotSummary.print(evaluation, stdout);
        }
        if (serve) {
            progress.println("Serving on " + base + "/console (demo-admin / demo-secret); stop with Ctrl-C");
            return 0;
        }
        context.close();
        return 0;
    }

    private static Map<String, Integer> upperCase(Map<String, Integer> capacity) {
        Map<String, Integer> upper = new TreeMap<>();
        capacity.forEach((country, tasks) -> upper.put(country.toUpperCase(java.util.Locale.ROOT), tasks));
        return upper;
    }

    /** {@code report.html} gives {@code report.json}; any other name gets {@code .json} added. */
    static Path jsonBeside(Path report) {
        String name = report.getFileName().toString();
        String base = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        return report.resolveSibling(base + ".json");
    }
}
