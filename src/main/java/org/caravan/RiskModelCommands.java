package org.caravan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.reference.CountryCode;
import org.caravan.risk.DeclarationsBenchmark;
import org.caravan.risk.ModelVersion;
import org.caravan.risk.ProtocolEvaluation;
import org.caravan.risk.RankingFigures;
import org.caravan.risk.RiskModels;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./caravan risk train|evaluate|models|promote}: the risk model's training, evaluation, versions and promotion (docs/risk-model.md). */
final class RiskModelCommands {

    private RiskModelCommands() {
    }

    @Command(name = "train", description = "Train a model: from a declarations CSV (--train FILE --out MODEL.json), or "
            + "a jurisdiction's parcel model from its inspection results, stored as a CANDIDATE version "
            + "(--from-inspections --jurisdiction KZ --by NAME --reason TEXT).")
    static class Train extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--train", paramLabel = "FILE", description = "Declarations CSV of the Customs Import "
                + "Declaration Datasets layout, label column Fraud.")
        Path train;

        @Option(names = "--out", paramLabel = "MODEL.json", description = "Where to write the model document.")
        Path out;

        @Option(names = "--from-inspections", description = "Learn from the store's inspection results instead.")
        boolean fromInspections;

        @Option(names = "--jurisdiction", paramLabel = "CC", description = "The administration whose results to learn from.")
        String jurisdiction;

        @Option(names = "--since", paramLabel = "DATE", description = "Only results concluded from this date (YYYY-MM-DD).")
        LocalDate since;

        @Option(names = "--by", paramLabel = "NAME", description = "Who trains the version.")
        String by;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is trained.")
        String reason;

        @Override
        public Integer call() throws IOException {
            CommandLine cli = new CommandLine(this);
            if (fromInspections == (train != null)) {
                throw new CommandLine.ParameterException(cli, "Give either --train FILE --out MODEL.json or --from-inspections");
            }
            if (train != null) {
                if (out == null) {
                    throw new CommandLine.ParameterException(cli, "--out MODEL.json is required with --train");
                }
                Files.writeString(out, DeclarationsBenchmark.train(train), StandardCharsets.UTF_8);
                System.out.println("Wrote the model document to " + out);
                return 0;
            }
            if (jurisdiction == null || !CountryCode.isValid(jurisdiction)) {
                throw new CommandLine.ParameterException(cli, "--jurisdiction must be a two-letter country code");
            }
            if (by == null || by.isBlank() || reason == null || reason.isBlank()) {
                throw new CommandLine.ParameterException(cli, "--by and --reason are required");
            }
            Instant from = since == null ? Instant.EPOCH : since.atStartOfDay(ZoneOffset.UTC).toInstant();
            ModelVersion version;
            try {
                version = quietly(context -> context.getBean(RiskModels.class)
                        .trainFromInspections(CountryCode.of(jurisdiction), from, by, reason));
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            System.out.println("Stored candidate " + version.version() + ": " + version.trainingData());
            return 0;
        }
    }

    @Command(name = "evaluate", description = "The protocol of the Customs Import Declaration Datasets paper: learn from "
            + "--train, rank --test by score, report precision and recall at 1, 2, 5 and 10 % and AUC, overall and on "
            + "the rows whose (HS6, departure, origin, tax rate, tax type) training never saw, beside the lookup baseline.")
    static class Evaluate implements java.util.concurrent.Callable<Integer> {

        @Option(names = "--train", required = true, paramLabel = "FILE")
        Path train;

        @Option(names = "--test", required = true, paramLabel = "FILE")
        Path test;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            ProtocolEvaluation e = DeclarationsBenchmark.evaluate(train, test);
            if (json) {
                CaravanCommandLine.printJson(System.out, e);
                return 0;
            }
            System.out.printf("%d test rows, %d frauds; %d unseen rows, %d frauds%n", e.rows(), e.frauds(),
                    e.unseen().rows(), e.unseen().frauds());
            System.out.println("score     rows     p@1    p@2    p@5    p@10   r@10   AUC");
            line("model", "all", new RankingFigures(e.rows(), e.frauds(), e.precisionAt(), e.recallAt(), e.auc()));
            line("model", "unseen", e.unseen());
            line("lookup", "all", new RankingFigures(e.baseline().rows(), e.baseline().frauds(), e.baseline().precisionAt(),
                    e.baseline().recallAt(), e.baseline().auc()));
            line("lookup", "unseen", e.baseline().unseen());
            return 0;
        }

        private static void line(String score, String rows, RankingFigures f) {
            Map<String, Double> p = f.precisionAt();
            System.out.printf(Locale.ROOT, "%-8s  %-7s  %.3f  %.3f  %.3f  %.3f  %.3f  %.3f%n", score, rows, p.get("1"),
                    p.get("2"), p.get("5"), p.get("10"), f.recallAt().get("10"), f.auc());
        }
    }

    @Command(name = "models", description = "List the model versions, newest first.")
    static class Models extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--json", description = "Print {\"models\": [...]} as the API answers.")
        boolean json;

        @Override
        public Integer call() {
            List<ModelVersion> versions = quietly(context -> context.getBean(RiskModels.class).versions());
            if (json) {
                CaravanCommandLine.printJson(System.out, Map.of("models",
                        versions.stream().map(RiskModelCommands::view).toList()));
            } else if (versions.isEmpty()) {
                System.out.println("No model versions.");
            } else {
                versions.forEach(v -> System.out.printf(Locale.ROOT, "%-24s %s %-10s %-10s AUC %.3f  %s%s%n", v.version(),
                        v.jurisdiction().value(), v.kind(), v.status(), v.metrics().heldOutFigures().auc(),
                        v.trainingData(), v.promotedBy().map(b -> "; promoted by " + b + ": "
                                + v.promotionReason().orElse("")).orElse("")));
            }
            return 0;
        }
    }

    /** A version in the shape the API answers it: codes and absent values as plain JSON. */
    static Map<String, Object> view(ModelVersion v) {
        Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("version", v.version());
        view.put("jurisdiction", v.jurisdiction().value());
        view.put("kind", v.kind());
        view.put("createdAt", v.createdAt().toString());
        view.put("createdBy", v.createdBy());
        view.put("trainingData", v.trainingData());
        view.put("metrics", v.metrics());
        view.put("status", v.status().name());
        view.put("promotedAt", v.promotedAt().map(Instant::toString).orElse(null));
        view.put("promotedBy", v.promotedBy().orElse(null));
        view.put("promotionReason", v.promotionReason().orElse(null));
        return view;
    }

    @Command(name = "promote", description = "Make a version its jurisdiction's PRODUCTION model; the previous one is "
            + "RETIRED, and who, when and why are recorded.")
    static class Promote extends CaravanCommandLine.QuietStorageCommand {

        @Parameters(paramLabel = "VERSION")
        String version;

        @Option(names = "--by", required = true, paramLabel = "NAME")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            ModelVersion promoted;
            try {
                promoted = quietly(context -> context.getBean(RiskModels.class).promote(version, by, reason));
            } catch (NotFound | Conflict e) {
                System.err.println(e.getMessage());
                return 1;
            }
            System.out.println("Promoted " + promoted.version() + " to production for " + promoted.jurisdiction().value());
            return 0;
        }
    }
}
