package org.caravan.retention.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.caravan.retention.ClosedCaseArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Archives the cases closed longer than {@code caravan.retention.closed-for} into
 * {@code caravan.retention.directory}, once a day; off unless {@code caravan.retention.enabled}.
 */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ClosedCaseArchive archive;
    private final boolean enabled;
    private final Duration closedFor;
    private final Path directory;

    RetentionSchedule(ClosedCaseArchive archive, @Value("${caravan.retention.enabled:false}") boolean enabled,
            @Value("${caravan.retention.closed-for:P365D}") Duration closedFor,
            @Value("${caravan.retention.directory:./data/archive}") Path directory) {
        this.archive = archive;
        this.enabled = enabled;
        this.closedFor = closedFor;
        this.directory = directory;
    }

    @Scheduled(fixedDelayString = "${caravan.retention.interval:PT24H}", initialDelayString = "PT5M")
    void scheduled() throws Exception {
        if (!enabled) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.createDirectories(directory);
        ClosedCaseArchive.Archived a = archive.archive(now.minus(closedFor),
                directory.resolve("closed-cases-" + STAMP.format(now) + ".jsonl.gz"), false);
        if (a.consignments() > 0) {
            log.info("Archived {} closed consignments ({} rows) to {}, SHA-256 {}", a.consignments(), a.totalRows(),
                    a.file().orElseThrow(), a.sha256().orElseThrow());
        }
    }
}
