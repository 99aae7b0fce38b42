package org.caravan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.caravan.common.store.MonthlyPartitions;
import org.caravan.retention.ClosedCaseArchive;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./caravan store}: upkeep of the store at volume (docs/storage-at-volume.md). */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Upkeep of the store at volume.",
        subcommands = {StoreCommands.Partitions.class, StoreCommands.Archive.class})
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

    @Command(name = "archive", description = "Write the manifests whose every case closed before DATE (seized, or "
            + "released then delivered or returned, no open task, no refund owed), with their consignments and events, "
            + "to a gzip JSON Lines FILE, fsync it, then delete them from the live tables; recorded in the audit trail "
            + "with the file's SHA-256.")
    static class Archive extends CaravanCommandLine.QuietStorageCommand {

        @Option(names = "--closed-before", required = true, paramLabel = "DATE",
                description = "Archive what closed before this day (UTC), e.g. 2025-01-01.")
        LocalDate closedBefore;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The archive to write (.jsonl.gz); "
                + "never overwritten.")
        Path to;

        @Option(names = "--dry-run", description = "Count what would be archived; write and delete nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            CommandLine cli = new CommandLine(this);
            if (closedBefore.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                throw new CommandLine.ParameterException(cli, "--closed-before must not be in the future");
            }
            if (!dryRun && Files.exists(to)) {
                throw new CommandLine.ParameterException(cli, "--to " + to + " exists already; an archive is never overwritten");
            }
            if (!dryRun && to.toAbsolutePath().getParent() != null && !Files.isDirectory(to.toAbsolutePath().getParent())) {
                throw new CommandLine.ParameterException(cli, "--to " + to + ": its directory does not exist");
            }
            ClosedCaseArchive.Archived a = quietly(context -> context.getBean(ClosedCaseArchive.class)
                    .archive(closedBefore.atStartOfDay(ZoneOffset.UTC).toInstant(), to, dryRun));
            if (a.consignments() == 0) {
                System.out.println("Nothing closed before " + closedBefore + " to archive.");
                return 0;
            }
            System.out.println((dryRun ? "Would archive " : "Archived ") + a.consignments() + " consignment(s), "
                    + a.totalRows() + " rows" + (dryRun ? "" : " to " + to + " (SHA-256 " + a.sha256().orElseThrow() + ")"));
            a.rows().forEach((table, n) -> {
                if (n > 0) {
                    System.out.println("  " + table + ": " + n);
                }
            });
            return 0;
        }
    }
}
