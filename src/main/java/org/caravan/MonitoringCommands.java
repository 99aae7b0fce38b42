package org.caravan;

import org.caravan.monitoring.RollupCompaction;

import picocli.CommandLine.Command;

/** {@code ./caravan monitoring}: upkeep of monitoring's rollups. */
@Command(name = "monitoring", mixinStandardHelpOptions = true, description = "Upkeep of monitoring's rollups.",
        subcommands = MonitoringCommands.Compact.class)
class MonitoringCommands {

    @Command(name = "compact", description = "Sum the rollups of every day before yesterday (UTC) into one row per key, "
            + "as the service does every 10 minutes; safe beside running instances.")
    static class Compact extends CaravanCommandLine.QuietStorageCommand {

        @Override
        public Integer call() {
            RollupCompaction.Compacted c = quietly(context -> context.getBean(RollupCompaction.class).compact());
            System.out.println("Compacted " + c.days() + " days: " + c.rowsBefore() + " rows into " + c.rowsAfter());
            return 0;
        }
    }
}
