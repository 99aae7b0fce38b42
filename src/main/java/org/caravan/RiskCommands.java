package org.caravan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.caravan.reference.CountryCode;
import org.caravan.risk.ProfileFormat;
import org.caravan.risk.ProfileVersion;
import org.caravan.risk.RefusedRiskProfile;
import org.caravan.risk.RiskProfiles;
import org.caravan.risk.UnitPriceLearning;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The risk engine's commands (docs/risk-profiles.md, docs/risk-signals.md, docs/risk-model.md). */
@Command(name = "risk", description = "Risk management: the administrations' risk profiles, what the signals learn "
        + "and the risk model.",
        subcommands = {RiskCommands.Profile.class, RiskCommands.LearnPrices.class, RiskModelCommands.Train.class,
                RiskModelCommands.Evaluate.class, RiskModelCommands.Models.class, RiskModelCommands.Promote.class})
class RiskCommands {

    @Command(name = "profile", description = "Load or show a jurisdiction's risk profile document.",
            subcommands = {ProfileLoad.class, ProfileShow.class})
    static class Profile {
    }

    /** The jurisdiction option both profile commands take. */
    abstract static class ProfileCommand extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--jurisdiction", required = true, paramLabel = "CC", description = "The administration's country code.")
        String jurisdiction;

        CountryCode jurisdiction() {
            if (!CountryCode.isValid(jurisdiction)) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--jurisdiction must be a country code");
            }
            return CountryCode.of(jurisdiction);
        }
    }

    @Command(name = "load", description = "Check a profile document (.yaml, .yml or .json) and store it as the "
            + "jurisdiction's next version, in force at once; a refused one prints its line and field and changes nothing.")
    static class ProfileLoad extends ProfileCommand {

        static final int MAX_BY = 200;
        static final int MAX_REASON = 1000;

        @Parameters(paramLabel = "FILE", description = "The profile document.")
        Path file;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who loads it, kept in the history.")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the history.")
        String reason;

        @Override
        public Integer call() throws Exception {
            CountryCode code = jurisdiction();
            if (by.isBlank() || reason.isBlank()) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--by and --reason must not be blank");
            }
            // the same limits as the API's, so the history's columns always hold them
            if (by.length() > MAX_BY || reason.length() > MAX_REASON) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--by takes at most " + MAX_BY
                        + " characters and --reason at most " + MAX_REASON);
            }
            String document = Files.readString(file, StandardCharsets.UTF_8);
            ProfileFormat format = file.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? ProfileFormat.JSON
                    : ProfileFormat.YAML;
            try {
                ProfileVersion v = quietly(context -> context.getBean(RiskProfiles.class).load(code, document, format,
                        by.trim(), reason.trim()));
                System.out.printf("%s risk profile version %d (%s) loaded by %s%n", v.jurisdiction(), v.version(),
                        v.profileId(), v.loadedBy());
                return 0;
            } catch (RefusedRiskProfile e) {
                System.err.println(file + ": " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "show", description = "Print the jurisdiction's active profile document, or with --history every "
            + "version with who loaded it and why.")
    static class ProfileShow extends ProfileCommand {

        @Option(names = "--history", description = "List every version, newest first.")
        boolean history;

        @Override
        public Integer call() {
            CountryCode code = jurisdiction();
            List<ProfileVersion> versions = quietly(context -> context.getBean(RiskProfiles.class).history(code));
            if (versions.isEmpty()) {
                System.out.println("No risk profile loaded for " + code + "; the bundled default applies.");
            } else if (history) {
                versions.forEach(v -> System.out.printf("%d  %s  %s  %s  %s  %s%n", v.version(), v.status(), v.loadedAt(),
                        v.loadedBy(), v.profileId(), v.reason()));
            } else {
                ProfileVersion v = versions.get(0);
                System.out.printf("# %s version %d (%s), loaded %s by %s: %s%n", v.jurisdiction(), v.version(),
                        v.profileId(), v.loadedAt(), v.loadedBy(), v.reason());
                System.out.print(v.document());
            }
            return 0;
        }
    }

    @Command(name = "learn-prices", description = "Recompute the usual unit prices per HS code and origin from the "
            + "filed consignments, for the undervaluation signal; a running service loads them at its next refresh.")
    static class LearnPrices extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--since", paramLabel = "DATE", description = "Learn only from consignments filed on or after "
                + "this day (UTC, YYYY-MM-DD); all by default.")
        LocalDate since;

        @Override
        public Integer call() {
            UnitPriceLearning.Learned learned = quietly(context -> context.getBean(UnitPriceLearning.class)
                    .learn(Optional.ofNullable(since).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())));
            System.out.printf("Learned %d peer groups from %d unit prices in %d consignments%n", learned.peerGroups(),
                    learned.prices(), learned.parcels());
            return 0;
        }
    }
}
