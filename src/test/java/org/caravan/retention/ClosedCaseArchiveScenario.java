package org.caravan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.caravan.common.audit.AuditChain;
import org.caravan.common.store.StoreIntegrity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archiving closed cases on either store: the parcels closed before the cutoff go to the
 * archive and leave the live tables, open and newer ones stay, a dry run and a second run
 * change nothing, and the audit chain still verifies with the run recorded in it.
 */
@SpringBootTest
abstract class ClosedCaseArchiveScenario {

    /** Before every date the rest of the test suite writes, so only this scenario's parcels are old enough. */
    static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2019-03-01T10:00:00Z");

    @Autowired
    ClosedCaseArchive archive;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoreIntegrity integrity;

    @Test
    void archivesTheParcelsClosedBeforeTheCutoffAndKeepsTheOpenAndNewerOnes(@TempDir Path dir) throws Exception {
        ClosedParcels parcels = new ClosedParcels(jdbc);
        String seized = parcels.parcel("SEIZED", LONG_AGO);
        String delivered = parcels.parcel("RELEASED", LONG_AGO);
        parcels.finalMile(delivered, "DELIVERED", LONG_AGO.plusSeconds(3 * 86_400));
        String notYetDelivered = parcels.parcel("RELEASED", LONG_AGO);
        String withOpenTask = parcels.parcel("SEIZED", LONG_AGO);
        parcels.openTask(withOpenTask);
        String stillOpen = parcels.parcel("HELD_FOR_DOCUMENTS", null);
        String closedBesideOpen = parcels.parcel("SEIZED", LONG_AGO);
        String openBesideClosed = parcels.besides(closedBesideOpen, "SELECTED_FOR_INSPECTION", null);
        String newer = parcels.parcel("SEIZED", Instant.parse("2021-06-01T00:00:00Z"));

        java.util.UUID seizedManifest = parcels.manifestOf(seized);

        Path dryFile = dir.resolve("dry.jsonl.gz");
        ClosedCaseArchive.Archived dry = archive.archive(CUTOFF, dryFile, true);
        assertThat(dry.consignments()).isGreaterThanOrEqualTo(2);
        assertThat(dry.file()).isEmpty();
        assertThat(dryFile).doesNotExist();
        assertThat(parcels.rows("consignment", seized)).isOne();
        assertThat(parcels.rows("tracking_event", delivered)).isOne();
        long headBefore = chain.verify().head().seq();

        Path file = dir.resolve("closed.jsonl.gz");
        ClosedCaseArchive.Archived run = archive.archive(CUTOFF, file, false);
        assertThat(run.consignments()).isEqualTo(dry.consignments());
        assertThat(run.rows()).isEqualTo(dry.rows());
        assertThat(run.sha256()).contains(sha256(file));

        for (String gone : List.of(seized, delivered)) {
            assertThat(parcels.rows("consignment", gone)).as(gone).isZero();
            assertThat(parcels.rows("clearance_case", gone)).as(gone).isZero();
            assertThat(parcels.rows("tracking_event", gone)).as(gone).isZero();
            assertThat(parcels.rows("final_mile_event", gone)).as(gone).isZero();
        }
        assertThat(jdbc.sql("select count(*) from case_event e where not exists (select 1 from clearance_case c "
                + "where c.id = e.case_id) and e.status in ('SEIZED', 'RELEASED') and e.occurred_at < ?")
                .param(java.sql.Timestamp.from(CUTOFF)).query(Integer.class).single()).isZero();
        for (String kept : List.of(notYetDelivered, withOpenTask, stillOpen, newer, closedBesideOpen, openBesideClosed)) {
            assertThat(parcels.rows("consignment", kept)).as(kept).isOne();
            assertThat(parcels.rows("clearance_case", kept)).as(kept).isOne();
            assertThat(parcels.rows("tracking_event", kept)).as(kept).isOne();
            assertThat(parcels.caseEvents(kept)).as(kept).isOne();
        }

        List<JsonNode> lines = lines(file);
        assertThat(lines.get(0).get("archive").asString()).isEqualTo("caravan closed cases");
        assertThat(lines.get(0).get("closedBefore").asString()).isEqualTo(CUTOFF.toString());
        for (String gone : List.of(seized, delivered)) {
            assertThat(tablesOf(lines, gone)).as(gone).contains("consignment", "clearance_case", "tracking_event");
        }
        assertThat(tablesOf(lines, delivered)).contains("final_mile_event", "final_mile_parcel");
        assertThat(lines.stream().filter(l -> "case_event".equals(table(l)))).hasSize(run.rows().get("case_event"));
        assertThat(lines).hasSize(1 + run.totalRows());
        assertThat(tablesOf(lines, notYetDelivered)).isEmpty();
        assertThat(tablesOf(lines, newer)).isEmpty();

        assertThat(parcels.manifestStored(seizedManifest)).isFalse();
        assertThat(parcels.manifestStored(parcels.manifestOf(closedBesideOpen))).isTrue();
        assertThat(tablesOf(lines, closedBesideOpen)).isEmpty();
        assertThat(lines.stream().filter(l -> "manifest".equals(table(l)))).hasSize(run.rows().get("manifest"));
        assertThat(integrity.check()).isEmpty();

        var check = chain.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.head().seq()).isEqualTo(headBefore + 1);
        assertThat(jdbc.sql("select action, detail from audit_entry where seq = ?").param(check.head().seq())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .startsWith("ARCHIVE_CLOSED_CASES").contains(run.sha256().orElseThrow(), "\"consignments\":"
                        + run.consignments());

        Path again = dir.resolve("again.jsonl.gz");
        ClosedCaseArchive.Archived rerun = archive.archive(CUTOFF, again, false);
        assertThat(rerun.consignments()).isZero();
        assertThat(again).doesNotExist();
        assertThat(parcels.rows("consignment", withOpenTask)).isOne();
        assertThat(chain.verify().head().seq()).isEqualTo(headBefore + 1);
    }

    private static String table(JsonNode line) {
        return line.has("table") ? line.get("table").asString() : null;
    }

    private static List<String> tablesOf(List<JsonNode> lines, String trackingNumber) {
        return lines.stream().filter(l -> l.has("row") && l.get("row").has("tracking_number")
                && trackingNumber.equals(l.get("row").get("tracking_number").asString())).map(l -> table(l)).toList();
    }

    static List<JsonNode> lines(Path file) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return in.lines().map(json::readTree).toList();
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
