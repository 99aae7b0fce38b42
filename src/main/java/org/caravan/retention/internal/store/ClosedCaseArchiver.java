package org.caravan.retention.internal.store;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.caravan.common.audit.AuditTrail;
import org.caravan.retention.ClosedCaseArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archives whole manifests whose every consignment is closed, so a manifest's stored
 * consignments always match its count (the filing store check). Two steps: every row is
 * written to the archive, which is fsynced and moved into place, and only then are the rows
 * deleted, one transaction per batch of manifests. A crash between the two leaves rows both
 * archived and live; the next run archives them again into its own file, so nothing is ever
 * deleted unarchived.
 */
@Component
class ClosedCaseArchiver implements ClosedCaseArchive {

    private static final Logger log = LoggerFactory.getLogger(ClosedCaseArchiver.class);

    static final int BATCH = 50;

    /** A case closed before :cutoff with nothing left open on it. */
    private static final String CLOSED_CASE = """
            c.closed_at is not null and c.closed_at < :cutoff
            and (c.status = 'SEIZED' or (c.status = 'RELEASED' and exists (select 1 from final_mile_event f
                 where f.tracking_number = c.tracking_number and f.event_type in ('DELIVERED', 'RETURNED')
                   and f.occurred_at < :cutoff)))
            and not exists (select 1 from officer_task t where t.case_id = c.id and t.state = 'OPEN')
            and not exists (select 1 from refund r where r.case_id = c.id and r.state = 'DUE')""";

    /** Manifests every consignment of which has a case and every case of which is closed. */
    private static final String CLOSED = """
            select m.id from manifest m
            where m.filed_at < :cutoff
              and exists (select 1 from consignment k where k.manifest_id = m.id)
              and not exists (select 1 from consignment k where k.manifest_id = m.id
                  and not exists (select 1 from clearance_case c where c.consignment_id = k.id))
              and not exists (select 1 from clearance_case c where c.manifest_id = m.id and not (%s))
            order by m.filed_at, m.id""".formatted(CLOSED_CASE);

    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    ClosedCaseArchiver(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    @Override
    public Archived archive(Instant closedBefore, Path file, boolean dryRun) {
        if (!dryRun && Files.exists(file)) {
            throw new IllegalArgumentException("The archive " + file + " exists already; an archive is never overwritten");
        }
        List<List<UUID>> batches = batches(closedBefore);
        int consignments = batches.stream().mapToInt(b -> count(ArchivedTables.CONSIGNMENT, b)).sum();
        Map<String, Integer> rows = new LinkedHashMap<>();
        ArchivedTables.IN_ORDER.forEach(t -> rows.put(t.table, 0));
        if (consignments == 0) {
            return new Archived(0, rows, Optional.empty(), Optional.empty(), dryRun);
        }
        if (dryRun) {
            batches.forEach(b -> ArchivedTables.IN_ORDER.forEach(t -> rows.merge(t.table, count(t, b), Integer::sum)));
            return new Archived(consignments, rows, Optional.empty(), Optional.empty(), true);
        }
        List<Map<ArchivedTables, Integer>> written = new ArrayList<>();
        String sha256 = write(closedBefore, batches, file, rows, written);
        int leftLive = 0;
        for (int i = 0; i < batches.size(); i++) {
            if (!delete(batches.get(i), written.get(i))) {
                leftLive += batches.get(i).size();
            }
        }
        audit.record("retention", "ARCHIVE_CLOSED_CASES", "archive", file.getFileName(), null,
                "closedBefore", closedBefore.toString(), "file", file.toAbsolutePath().toString(), "sha256", sha256,
                "consignments", consignments, "rows", rows, "manifestsLeftLive", leftLive);
        return new Archived(consignments, rows, Optional.of(file), Optional.of(sha256), false);
    }

    /**
     * Deletes a batch in one transaction if it still has exactly the rows written to the
     * archive; a row that arrived since would otherwise go unarchived, so then the batch stays
     * live (rolled back) for the next run.
     */
    private boolean delete(List<UUID> manifests, Map<ArchivedTables, Integer> archived) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            for (ArchivedTables t : ArchivedTables.IN_ORDER) {
                int deleted = jdbc.sql("delete from " + t.table + " where " + t.key.where).param("m", manifests).update();
                if (deleted != archived.get(t)) {
                    log.warn("{} rows of {} in {} manifests, {} archived: left live for the next run", deleted, t.table,
                            manifests.size(), archived.get(t));
                    status.setRollbackOnly();
                    return false;
                }
            }
            return true;
        }));
    }

    private List<List<UUID>> batches(Instant closedBefore) {
        List<UUID> closed = jdbc.sql(CLOSED).param("cutoff", Timestamp.from(closedBefore)).query(UUID.class).list();
        List<List<UUID>> batches = new ArrayList<>();
        for (int i = 0; i < closed.size(); i += BATCH) {
            batches.add(List.copyOf(closed.subList(i, Math.min(closed.size(), i + BATCH))));
        }
        return batches;
    }

    private int count(ArchivedTables t, List<UUID> manifests) {
        return jdbc.sql("select count(*) from " + t.table + " where " + t.key.where).param("m", manifests)
                .query(Integer.class).single();
    }

    /** Writes every row to {@code file} (gzip JSON Lines) and fsyncs it; returns the file's SHA-256. */
    private String write(Instant closedBefore, List<List<UUID>> batches, Path file, Map<String, Integer> rows,
            List<Map<ArchivedTables, Integer>> written) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        MessageDigest sha = sha256();
        try (FileOutputStream out = new FileOutputStream(part.toFile())) {
            GZIPOutputStream gzip = new GZIPOutputStream(new DigestOutputStream(out, sha));
            BufferedWriter lines = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("archive", "caravan closed cases");
            header.put("version", 1);
            header.put("closedBefore", closedBefore.toString());
            header.put("writtenAt", Instant.now().toString());
            line(lines, header);
            ColumnMapRowMapper columns = new ColumnMapRowMapper();
            for (List<UUID> b : batches) {
                Map<ArchivedTables, Integer> batch = new java.util.EnumMap<>(ArchivedTables.class);
                written.add(batch);
                for (ArchivedTables t : ArchivedTables.IN_ORDER) {
                    int[] count = {0};
                    // written row by row, never collected as a list: one manifest may hold a hundred thousand parcels
                    jdbc.sql("select * from " + t.table + " where " + t.key.where).param("m", b).query(rs -> {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("table", t.table);
                        line.put("row", ArchiveValues.plain(columns.mapRow(rs, count[0]++)));
                        try {
                            line(lines, line);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    rows.merge(t.table, count[0], Integer::sum);
                    batch.put(t, count[0]);
                }
            }
            lines.flush();
            gzip.finish(); // the whole archive is in out, still open so it can be forced to disk
            out.getChannel().force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the archive " + part, e);
        }
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel directory = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the archive into place at " + file, e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void line(BufferedWriter lines, Object value) throws IOException {
        lines.write(JSON.writeValueAsString(value));
        lines.write('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
