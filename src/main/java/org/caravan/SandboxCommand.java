package org.caravan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.risk.RegulatorySandbox;
import org.caravan.risk.SandboxReport;
import org.caravan.risk.SandboxRun;
import org.caravan.risk.StartSandboxRun;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./caravan sandbox}: try a candidate risk profile beside production, never enforced. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "Regulatory sandbox: run a candidate risk "
        + "profile in shadow on live traffic or over filed consignments, and compare it with production.",
        subcommands = {SandboxCommand.Start.class, SandboxCommand.Replay.class, SandboxCommand.Report.class,
                SandboxCommand.ListRuns.class})
class SandboxCommand {

    /** What starting a run asks in both modes. */
    abstract static class StartCommand extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--jurisdiction", required = true, paramLabel = "CC", description = "The jurisdiction, e.g. KZ.")
        String jurisdiction;

        @Option(names = "--candidate", required = true, paramLabel = "FILE",
                description = "The candidate risk profile document, YAML or JSON (docs/risk-profiles.md).")
        Path candidate;

        @Option(names = "--model-version", paramLabel = "ID", description = "A candidate model version to record.")
        String modelVersion;

        @Option(names = "--reason", required = true, description = "Why the run is made, for the record.")
        String reason;

        Integer start(String mode, String from, String to) throws IOException {
            if (!Files.isRegularFile(candidate)) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--candidate: no such file: " + candidate);
            }
            String document = Files.readString(candidate, StandardCharsets.UTF_8);
            StartSandboxRun request = new StartSandboxRun(jurisdiction, mode, document, modelVersion, from, to, reason);
            try {
                SandboxRun run = quietly(context -> context.getBean(RegulatorySandbox.class).start(request,
                        "command line (" + System.getProperty("user.name") + ")"));
                System.out.println(run.id());
                return 0;
            } catch (InvalidInput e) {
                e.violations().forEach(v -> System.err.println(option(v.pointer()) + ": " + v.message()));
                return 1;
            }
        }

        /** The option a field of the request came from. */
        private static String option(String pointer) {
            return switch (pointer) {
                case "/candidateProfile" -> "--candidate";
                case "/modelVersion" -> "--model-version";
                default -> "--" + pointer.substring(1);
            };
        }
    }

    @Command(name = "start", description = "Start a shadow run: every parcel filed for the jurisdiction is also screened "
            + "with the candidate until the run is stopped (a running service picks it up within a minute). Prints its id.")
    static class Start extends StartCommand {

        @Override
        public Integer call() throws Exception {
            return start("SHADOW", null, null);
        }
    }

    @Command(name = "replay", description = "Screen the consignments filed for the jurisdiction on the dates --from..--to "
            + "with production and the candidate. Prints the run's id.")
    static class Replay extends StartCommand {

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First filing date, YYYY-MM-DD.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last filing date, YYYY-MM-DD.")
        String to;

        @Override
        public Integer call() throws Exception {
            return start("REPLAY", from, to);
        }
    }

    @Command(name = "report", description = "A run's candidate beside production.")
    static class Report extends CaravanCommandLine.QuietStorageCommand {

        @Parameters(paramLabel = "RUN", description = "The run's id.")
        UUID run;

        @Option(names = "--json", description = "Print the report as the API answers it.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            SandboxReport report;
            try {
                report = quietly(context -> context.getBean(RegulatorySandbox.class).report(run));
            } catch (NotFound e) {
                System.err.println(e.getMessage());
                return 1;
            }
            if (json) {
                CaravanCommandLine.printJson(System.out, report);
                return 0;
            }
            SandboxRun r = report.run();
            System.out.printf("run %s  %s %s  candidate: %s%n", r.id(), r.jurisdiction(), r.mode(), r.candidateBasis());
            System.out.println("measure                   production   candidate");
            row("parcels", report.production().parcels(), report.candidate().parcels());
            row("inspection rate", report.production().inspectionRate(), report.candidate().inspectionRate());
            row("documentary rate", report.production().documentaryRate(), report.candidate().documentaryRate());
            row("hit rate", report.production().hitRate().map(Object::toString).orElse("-"),
                    report.candidate().hitRate().map(Object::toString).orElse("-"));
            row("inspections unlabelled", report.production().unlabelledInspections(),
                    report.candidate().unlabelledInspections());
            row("duties found", report.production().dutiesFound(), report.candidate().dutiesFound());
            row("released before arrival", report.production().releasedBeforeArrival(),
                    report.candidate().releasedBeforeArrival());
            row("officer hours", report.production().officerHours(), report.candidate().officerHours());
            return 0;
        }

        private static void row(String measure, Object production, Object candidate) {
            System.out.printf(Locale.ROOT, "%-24s  %10s  %10s%n", measure, production, candidate);
        }
    }

    @Command(name = "list", description = "The sandbox runs, newest first.")
    static class ListRuns extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--json", description = "Print the runs as the API answers them.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<SandboxRun> runs = quietly(context -> context.getBean(RegulatorySandbox.class).runs());
            if (json) {
                CaravanCommandLine.printJson(System.out, runs);
            } else {
                runs.forEach(r -> System.out.printf("%s  %s  %-6s  %s  %s%s%n", r.id(), r.jurisdiction(), r.mode(),
                        r.startedAt(), r.active() ? "running" : "done", r.modelVersion().map(m -> "  model " + m).orElse("")));
            }
            return 0;
        }
    }
}
