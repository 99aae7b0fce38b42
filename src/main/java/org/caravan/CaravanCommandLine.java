package org.caravan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.caravan.clearance.PolicyComparison;
import org.caravan.clearance.PolicyReport;
import org.caravan.common.InvalidInput;
import org.caravan.filing.FiledConsignments;
import org.caravan.filing.ManifestReading;
import org.caravan.interchange.InterchangeFiles;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.HsExamples;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.NomenclatureImported;
import org.caravan.reference.Regime;
import org.caravan.reference.RegimeProposals;
import org.caravan.reference.Watchlist;
import org.caravan.risk.HsAccuracy;
import org.caravan.risk.HsCandidate;
import org.caravan.risk.HsSuggestions;
import org.caravan.simulator.BenchFigures;
import org.caravan.simulator.BenchSettings;
import org.caravan.simulator.ManifestBenchmark;
import org.caravan.simulator.PilotDemo;
import org.caravan.simulator.PilotSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The {@code ./caravan} command line. */
@Command(name = "caravan", mixinStandardHelpOptions = true, version = "Caravan 0.1.0",
        description = "E-commerce clearance for the Central Asian trade corridor.",
        subcommands = {CaravanCommandLine.Serve.class, CaravanCommandLine.Demo.class, CaravanCommandLine.Reference.class,
                CaravanCommandLine.Bench.class, CaravanCommandLine.Edi.class, CaravanCommandLine.Wco.class,
                CaravanCommandLine.Policy.class, CaravanCommandLine.Hs.class, RiskCommands.class,
                SandboxCommand.class,
                AuditCommands.class, PartyCommands.class, ConsumerIdCommand.class,
                MonitoringCommands.class, StoreCommands.class, SimulateCommand.class})
public class CaravanCommandLine {

    private static final ObjectWriter PRETTY = JsonMapper.builder().build()
            .writerWithDefaultPrettyPrinter();

    /** Prints a command's answer as indented JSON, as every {@code --json} option does. */
    static void printJson(PrintStream out, Object value) {
        out.println(PRETTY.writeValueAsString(value));
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new CaravanCommandLine()).execute(args);
        if (exit != 0 || (args.length > 0 && !args[0].equals("serve") && !args[0].equals("demo")
                && !(args[0].equals("simulate") && List.of(args).contains("--serve")))) {
            System.exit(exit);
        }
    }

    /**
     * What every command that starts the service takes: the storage options, and Spring
     * properties as --name=value after the command's own options.
     */
    abstract static class StorageCommand implements Callable<Integer> {

        @Option(names = "--data-dir", defaultValue = "./data", description = "Directory of the embedded H2 store (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--profile", description = "Spring profile, e.g. postgres (then CARAVAN_DB_URL, CARAVAN_DB_USER, CARAVAN_DB_PASSWORD).")
        String profile;

        @Unmatched
        List<String> springProperties = new ArrayList<>();

        /** Starts the service with the command's settings; a property the user gives overrides the command's own. */
        ConfigurableApplicationContext start(WebApplicationType type, List<String> defaults) {
            Set<String> given = new HashSet<>();
            for (String property : springProperties) {
                if (!property.startsWith("--") || !property.contains("=")) {
                    throw new CommandLine.ParameterException(new CommandLine(this),
                            "Unknown option " + property + "; Spring properties are given as --name=value");
                }
                given.add(name(property));
            }
            // Spring joins an option given twice into one comma-separated value, so a default is dropped, not repeated
            List<String> args = new ArrayList<>(defaults.stream().filter(d -> !given.contains(name(d))).toList());
            args.addAll(springProperties);
            args.add("--caravan.data-dir=" + dataDir.toAbsolutePath().normalize());
            SpringApplicationBuilder builder = new SpringApplicationBuilder(CaravanApplication.class).web(type);
            if (profile != null && !profile.isBlank()) {
                builder.profiles(profile.split(","));
            }
            return builder.run(args.toArray(String[]::new));
        }

        private static String name(String property) {
            return property.substring(2, property.indexOf('='));
        }
    }

    @Command(name = "serve", description = "Run the clearance service.")
    static class Serve extends StorageCommand {

        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Override
        public Integer call() {
            start(WebApplicationType.SERVLET, List.of("--server.port=" + port));
            return 0;
        }
    }

    @Command(name = "demo", description = "Start the service and run a small multi-day pilot on the simulator while the console"
            + " shows it, then print the monitoring and evaluation summary (docs/simulator.md).")
    static class Demo extends StorageCommand {

        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--exit", description = "Exit after printing the summary instead of serving; the pilot then runs unpaced.")
        boolean exit;

        @Option(names = "--json", description = "Print the summary as JSON.")
        boolean json;

        @Option(names = "--seed", defaultValue = "2026", description = "Seed of the simulated traffic (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--day-seconds", description = "Wall-clock seconds per simulated day (default: 10, or 0 with --exit).")
        Double daySeconds;

        @Override
        public Integer call() throws Exception {
            // only errors are logged, so the summary (and --json) stays readable on stdout
            var context = start(WebApplicationType.SERVLET, List.of("--server.port=" + port,
                    "--logging.level.root=ERROR", "--spring.main.banner-mode=off"));
            int actualPort = context.getEnvironment().getProperty("local.server.port", Integer.class, port);
            double pace = daySeconds != null ? daySeconds : exit ? 0 : 10;
            context.getBean(PilotDemo.class).run("http://localhost:" + actualPort, PilotSettings.demo(seed, pace), json,
                    System.out);
            if (exit) {
                context.close();
                System.exit(0);
            }
            return 0;
        }
    }

    @Command(name = "bench", description = "Measure the filing path: throughput beside a raw-insert baseline, latency at a"
            + " fixed offered load, a large JSON Lines manifest and the cost of each stage (docs/benchmarks.md).")
    static class Bench extends StorageCommand {

        @Option(names = "--parcels", defaultValue = "20000", description = "Consignments in the throughput manifest (default: ${DEFAULT-VALUE}).")
        int parcels;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured throughput rounds after one warm-up (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--rate", defaultValue = "5000", description = "Parcels per second offered in the latency run (default: ${DEFAULT-VALUE}).")
        int rate;

        @Option(names = "--latency-seconds", defaultValue = "10", description = "Length of the latency run; 0 skips it (default: ${DEFAULT-VALUE}).")
        int latencySeconds;

        @Option(names = "--latency-manifest", defaultValue = "50", description = "Consignments in each manifest of the latency run (default: ${DEFAULT-VALUE}).")
        int latencyManifest;

        @Option(names = "--big-manifest", defaultValue = "1000000", description = "Consignments in the streamed JSON Lines manifest; 0 skips it (default: ${DEFAULT-VALUE}).")
        int bigManifest;

        @Option(names = "--prefill", defaultValue = "0", description = "Consignments filed before measuring, so the figures are taken on a full store (default: ${DEFAULT-VALUE}).")
        int prefill;

        @Option(names = "--seed", defaultValue = "2026", description = "Seed of the generated traffic (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--order-clients", defaultValue = "8", description = "Orders filed at once in the set-up (default: ${DEFAULT-VALUE}).")
        int orderClients;

        @Option(names = "--json", description = "Print the figures as one JSON object on stdout; progress goes to stderr.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            BenchSettings settings;
            try {
                settings = new BenchSettings(parcels, rounds, rate, latencySeconds, latencyManifest, bigManifest, prefill, seed,
                        orderClients);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
            }
            // with --json, stdout carries the figures alone: everything else, the service's log included, goes to stderr
            PrintStream stdout = System.out;
            if (json) {
                System.setOut(System.err);
            }
            try {
                // the bench brings its own parties; the built-in indicative rates stand in where the store has none
                // (imported rates win), so an empty PostgreSQL database can be measured
                var context = start(WebApplicationType.SERVLET, List.of("--server.port=0", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--caravan.risk.random-inspection-rate=0.01",
                        "--caravan.reference.built-in-fx=true", "--management.server.port=0"));
                try {
                    int port = context.getEnvironment().getProperty("local.server.port", Integer.class);
                    BenchFigures figures = context.getBean(ManifestBenchmark.class).run("http://localhost:" + port,
                            profile == null || profile.isBlank() ? "h2" : profile, settings, json ? System.err : stdout);
                    if (json) {
                        printJson(stdout, figures.toJson());
                    } else {
                        figures.print(stdout);
                    }
                } finally {
                    context.close();
                }
            } finally {
                System.setOut(stdout);
            }
            return 0;
        }
    }

    @Command(name = "reference", description = "Import reference data.",
            subcommands = {ImportHs.class, ImportHsExamples.class, ImportFx.class, ImportNationalFx.class,
                    ImportWatchlist.class, ImportUnWatchlist.class})
    static class Reference {
    }

    /** An import of reference data into the store: one short-lived context without a web server. */
    abstract static class ReferenceImport extends StorageCommand {

        @Parameters(paramLabel = "FILE")
        Path file;

        abstract String load(ConfigurableApplicationContext context, Path file);

        @Override
        public Integer call() {
            try (var context = start(WebApplicationType.NONE, List.of("--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"))) {
                System.out.println(load(context, file));
            }
            return 0;
        }
    }

    @Command(name = "import-hs", description = "Load the HS 2022 nomenclature from a CSV (section,hscode,description,parent,level).")
    static class ImportHs extends ReferenceImport {

        @Override
        String load(ConfigurableApplicationContext context, Path file) {
            NomenclatureImported imported = context.getBean(HsNomenclature.class).importNomenclature(file);
            return String.format("Imported HS nomenclature: %d chapters, %d headings, %d subheadings", imported.chapters(),
                    imported.headings(), imported.subheadings());
        }
    }

    @Command(name = "import-hs-examples", description = "Load product descriptions labelled with HS subheadings, "
            + "which HS suggestions learn from: CSV files (description,hs6,source,...), replacing those loaded before.")
    static class ImportHsExamples extends StorageCommand {

        @Parameters(paramLabel = "FILE", arity = "1..*")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            try (var context = start(WebApplicationType.NONE, List.of("--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"))) {
                System.out.println("Imported " + context.getBean(HsExamples.class).importFiles(files)
                        + " labelled HS descriptions");
            }
            return 0;
        }
    }

    @Command(name = "import-fx", description = "Load euro reference rates from an ECB CSV file.")
    static class ImportFx extends ReferenceImport {

        @Override
        String load(ConfigurableApplicationContext context, Path file) {
            return "Imported " + context.getBean(ExchangeRates.class).importEcb(file) + " exchange rates";
        }
    }

    @Command(name = "import-national-fx", description = "Load a national bank's official rates from a CSV (currency,date,per,rate,source).")
    static class ImportNationalFx extends ReferenceImport {

        @Override
        String load(ConfigurableApplicationContext context, Path file) {
            return "Imported " + context.getBean(ExchangeRates.class).importNational(file) + " exchange rates";
        }
    }

    @Command(name = "import-watchlist", description = "Load the OFAC SDN list (CSV layout, no header) for name screening, "
            + "with the aliases its remarks quote.")
    static class ImportWatchlist extends ReferenceImport {

        @Override
        String load(ConfigurableApplicationContext context, Path file) {
            return "Imported " + context.getBean(Watchlist.class).importOfacSdn(file) + " watchlist names";
        }
    }

    @Command(name = "import-watchlist-un", description = "Load the UN Security Council consolidated list (XML) for name "
            + "screening, with every alias and original-script name.")
    static class ImportUnWatchlist extends ReferenceImport {

        @Override
        String load(ConfigurableApplicationContext context, Path file) {
            return "Imported " + context.getBean(Watchlist.class).importUnConsolidated(file) + " watchlist names";
        }
    }

    @Command(name = "edi", description = "Check and convert UN/EDIFACT interchanges without a running service.",
            subcommands = {EdiValidate.class, EdiConvert.class, EdiBench.class})
    static class Edi {
    }

    @Command(name = "validate", description = "Check an interchange (CUSCAR or CUSDEC D96B/D99B, or CONTRL, CUSRES, IFTSTA "
            + "as Caravan writes them): exit 0 when valid, else each error with its segment number, tag and element position.")
    static class EdiValidate implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            InterchangeFiles.Report report = InterchangeFiles.validateEdifact(file);
            report.errors().forEach(System.out::println);
            System.err.println((report.valid() ? "valid: " : "invalid: ") + report.messages() + " manifest(s) or order(s), "
                    + report.consignments() + " consignment(s)");
            return report.valid() ? 0 : 1;
        }
    }

    @Command(name = "convert", description = "A CUSCAR to the manifest JSON of the API, or a manifest JSON to a CUSCAR interchange.")
    static class EdiConvert implements Callable<Integer> {

        enum Target { json, edifact }

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--to", required = true, description = "json or edifact")
        Target to;

        @Option(names = "--sender", defaultValue = "CARAVAN-CLI", description = "UNB sender of a written interchange (default: ${DEFAULT-VALUE}).")
        String sender;

        @Override
        public Integer call() throws Exception {
            try {
                System.out.print(to == Target.json ? InterchangeFiles.cuscarToJson(file) + "\n"
                        : InterchangeFiles.jsonToCuscar(file, sender));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "bench", description = "Generate a large CUSCAR and time StAEDI's raw parse beside parse-and-map, in one run.")
    static class EdiBench implements Callable<Integer> {

        @Option(names = "--consignments", defaultValue = "1000000", description = "House consignments (default: ${DEFAULT-VALUE}).")
        int consignments;

        @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after one warm-up (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--file", description = "Where to write the interchange (default: a temporary file, deleted after).")
        Path file;

        @Override
        public Integer call() throws Exception {
            Path target = file != null ? file : java.nio.file.Files.createTempFile("cuscar-bench", ".edi");
            try {
                org.caravan.interchange.CuscarBenchmark.run(consignments, rounds, target, System.out);
            } finally {
                if (file == null) {
                    java.nio.file.Files.deleteIfExists(target);
                }
            }
            return 0;
        }
    }

    @Command(name = "wco", description = "Check WCO Data Model declarations.", subcommands = WcoValidate.class)
    static class Wco {
    }

    @Command(name = "validate", description = "Exit 0 when the declaration is valid against the WCO DMS schemas and maps "
            + "completely to a Caravan filing; else each error with the XPath of the element.")
    static class WcoValidate implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--schemas", defaultValue = "../shared/data/samples/wco-dm/schemas",
                description = "Folder with the DMS declaration/ and notification/ schemas (default: ${DEFAULT-VALUE}).")
        Path schemas;

        @Override
        public Integer call() throws Exception {
            InterchangeFiles.Report report = InterchangeFiles.validateWco(file, schemas);
            report.errors().forEach(System.out::println);
            System.err.println(report.valid() ? "valid: maps to a filing of one consignment" : "invalid");
            return report.valid() ? 0 : 1;
        }
    }

    @Command(name = "policy", description = "Compare clearance regimes on real traffic (docs/policy.md).",
            subcommands = PolicyCompare.class)
    static class Policy {
    }

    @Command(name = "compare", description = "Replay consignments (a manifest file, or the store) under two regimes and "
            + "report per country and product category the revenue, the share above the threshold, the parcels released "
            + "without payment and the officer workload of each, and B - A. Nothing is filed and no allowance is spent.")
    static class PolicyCompare extends StorageCommand {

        @Option(names = "--from", required = true, paramLabel = "FILE|store", description = "A manifest as POST "
                + "/api/v1/manifests takes it (.json) or as JSON Lines (.jsonl, .ndjson), or 'store' for every consignment "
                + "filed in the configured database.")
        String from;

        @Option(names = "--regime", required = true, paramLabel = "ID", description = "A regime id, given twice: A, then B.")
        List<String> regimes = new ArrayList<>();

        @Option(names = "--regime-file", paramLabel = "FILE", description = "Adds the regimes of a JSON file in the "
                + "layout of the regimes of reference/jurisdictions.json (a proposal to compare).")
        List<Path> regimeFiles = new ArrayList<>();

        @Option(names = "--on", paramLabel = "DATE", description = "Assess every consignment on this date (YYYY-MM-DD) "
                + "instead of its filing date in its destination.")
        java.time.LocalDate on;

        @Option(names = "--json", description = "Print the report as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            CommandLine cli = new CommandLine(this);
            if (regimes.size() != 2) {
                throw new CommandLine.ParameterException(cli, "Give --regime twice, A then B (given " + regimes.size() + ")");
            }
            Jurisdictions bundled = new Jurisdictions();
            Map<String, Regime> proposals = new LinkedHashMap<>();
            for (Path file : regimeFiles) {
                try {
                    for (Regime r : RegimeProposals.read(file, bundled)) {
                        if (proposals.putIfAbsent(r.id(), r) != null) {
                            throw new IllegalArgumentException(file + ": regime " + r.id() + " is in another --regime-file too");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(cli, "--regime-file " + e.getMessage());
                }
            }
            Regime a = regime(cli, bundled, proposals, regimes.get(0));
            Regime b = regime(cli, bundled, proposals, regimes.get(1));
            boolean fromStore = from.equals("store");
            if (!fromStore && !java.nio.file.Files.isRegularFile(Path.of(from))) {
                throw new CommandLine.ParameterException(cli, "--from: no such file: " + from);
            }
            // stdout carries the report alone: the service's log goes to stderr while it runs
            PrintStream stdout = System.out;
            System.setOut(System.err);
            PolicyReport report;
            try (var context = start(WebApplicationType.NONE, List.of("--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"))) {
                PolicyComparison.Replay replay = context.getBean(PolicyComparison.class).replay(a, b,
                        java.util.Optional.ofNullable(on));
                try {
                    if (fromStore) {
                        context.getBean(FiledConsignments.class).forEachFiled(replay::add);
                    } else {
                        context.getBean(ManifestReading.class).read(Path.of(from), java.time.Instant.now(), replay::add);
                    }
                } catch (InvalidInput e) {
                    System.err.println(from + " is not a manifest Caravan would accept:");
                    e.violations().forEach(v -> System.err.println("  " + (v.pointer().isEmpty() ? "/" : v.pointer())
                            + v.line().stream().mapToObj(n -> " (line " + n + ")").findFirst().orElse("") + ": "
                            + v.message()));
                    return 1;
                }
                report = replay.report();
            } finally {
                System.setOut(stdout);
            }
            if (json) {
                printJson(stdout, report.asJson());
            } else {
                stdout.print(report.asTable());
            }
            return 0;
        }

        private static Regime regime(CommandLine cli, Jurisdictions bundled, Map<String, Regime> proposals, String id) {
            return bundled.regime(id).or(() -> java.util.Optional.ofNullable(proposals.get(id)))
                    .orElseThrow(() -> new CommandLine.ParameterException(cli, "Unknown regime " + id + "; known: "
                            + String.join(", ", java.util.stream.Stream.concat(bundled.regimes().stream().map(Regime::id),
                                    proposals.keySet().stream()).toList())));
        }
    }

    @Command(name = "hs", description = "HS subheadings for product descriptions (docs/risk-model.md).",
            subcommands = {HsSuggest.class, HsEvaluate.class})
    static class Hs {
    }

    /** A command that reads the store and prints to stdout alone: the service's log goes to stderr while it runs. */
    abstract static class QuietStorageCommand extends StorageCommand {

        <T> T quietly(java.util.function.Function<ConfigurableApplicationContext, T> work) {
            PrintStream stdout = System.out;
            System.setOut(System.err);
            try (var context = start(WebApplicationType.NONE, List.of("--spring.main.banner-mode=off",
                    "--logging.level.root=WARN"))) {
                return work.apply(context);
            } finally {
                System.setOut(stdout);
            }
        }
    }

    @Command(name = "suggest", description = "Suggest HS subheadings for a product description, best first.")
    static class HsSuggest extends QuietStorageCommand {

        @Parameters(paramLabel = "TEXT", description = "The product description (at most 500 characters).")
        String text;

        @Option(names = "--limit", defaultValue = "5", description = "Candidates, 1 to 20 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print {\"candidates\": [...]} as the API answers.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (text.isBlank() || text.length() > HsSuggestions.MAX_TEXT) {
                throw new CommandLine.ParameterException(new CommandLine(this), "TEXT must be 1 to " + HsSuggestions.MAX_TEXT
                        + " characters");
            }
            if (limit < 1 || limit > HsSuggestions.MAX_LIMIT) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--limit must be 1 to " + HsSuggestions.MAX_LIMIT);
            }
            List<HsCandidate> candidates = quietly(context -> context.getBean(HsSuggestions.class).suggest(text, limit));
            if (json) {
                printJson(System.out, Map.of("candidates", candidates));
            } else if (candidates.isEmpty()) {
                System.out.println("No subheading matches a word of the description.");
            } else {
                candidates.forEach(c -> System.out.printf(java.util.Locale.ROOT, "%s  %.3f  %s%n", c.hsCode(), c.score(),
                        c.description()));
            }
            return 0;
        }
    }

    @Command(name = "evaluate", description = "Measure top-1 and top-5 accuracy at 2, 4 and 6 digits on the held-out "
            + "labelled descriptions in the store, with an index that learned from the others.")
    static class HsEvaluate extends QuietStorageCommand {

        @Option(names = "--split", defaultValue = "TEST", description = "TEST (the published figures) or VALIDATION "
                + "(for tuning) (default: ${DEFAULT-VALUE}).")
        HsSuggestions.HeldOutSplit split;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            HsAccuracy accuracy;
            try {
                accuracy = quietly(context -> context.getBean(HsSuggestions.class).evaluate(split));
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            if (json) {
                printJson(System.out, accuracy);
            } else {
                System.out.printf("%s split, index learned from %d labelled descriptions%n", accuracy.split(),
                        accuracy.indexedExamples());
                System.out.println("group  descriptions  top1@2  top1@4  top1@6  top5@2  top5@4  top5@6");
                accuracy.groups().forEach(g -> System.out.printf(java.util.Locale.ROOT,
                        "%-5s  %12d  %6.3f  %6.3f  %6.3f  %6.3f  %6.3f  %6.3f%n", g.name(), g.descriptions(),
                        g.top1Chapter(), g.top1Heading(), g.top1Subheading(), g.top5Chapter(), g.top5Heading(),
                        g.top5Subheading()));
            }
            return 0;
        }
    }
}
