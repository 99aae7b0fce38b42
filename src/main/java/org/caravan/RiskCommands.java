package org.caravan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.caravan.risk.UnitPriceLearning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./caravan risk ...}: what risk management learns from the filings (docs/risk-signals.md). */
@Command(name = "risk", description = "Risk management: learn what the signals compare parcels with.",
        subcommands = RiskCommands.LearnPrices.class)
class RiskCommands {

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
