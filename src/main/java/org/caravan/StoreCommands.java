package org.caravan;

import java.util.List;

import org.caravan.common.store.MonthlyPartitions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./caravan store}: upkeep of the store at volume (docs/storage-at-volume.md). */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Upkeep of the store at volume.",
        subcommands = StoreCommands.Partitions.class)
class StoreCommands {

    @Command(name = "partitions", description = "Create the monthly partitions of the event tables for this month and "
            + "the next months (PostgreSQL; the embedded store is not partitioned), as the service does daily; "
            + "idempotent and safe beside running instances.")
    static class Partitions extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--months-ahead", defaultValue = "3", paramLabel = "N",
                description = "Months after the current one to create (default: ${DEFAULT-VALUE}).")
        int monthsAhead;

        @Override
        public Integer call() {
            if (monthsAhead < 0 || monthsAhead > 120) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--months-ahead must be 0 to 120");
            }
            record Outcome(boolean partitioned, List<String> created) {
            }
            Outcome o = quietly(context -> {
                MonthlyPartitions partitions = context.getBean(MonthlyPartitions.class);
                return new Outcome(partitions.partitioned(), partitions.createAhead(monthsAhead));
            });
            if (!o.partitioned()) {
                System.out.println("The embedded store is not partitioned: nothing to create.");
            } else {
                System.out.println("Created " + o.created().size() + " partition(s)" + (o.created().isEmpty() ? ""
                        : ": " + String.join(", ", o.created())));
            }
            return 0;
        }
    }
}
