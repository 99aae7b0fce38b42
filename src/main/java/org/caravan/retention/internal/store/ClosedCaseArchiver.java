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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Archives closed consignments in two steps: every row is written to the archive, which is
 * fsynced and moved into place, and only then are the rows deleted, one transaction per batch
 * of consignments. A crash between the two leaves rows both archived and live; the next run
 * archives them again into its own file, so nothing is ever deleted unarchived.
 */
@Component
class ClosedCaseArchiver implements ClosedCaseArchive {

    static final int BATCH = 200;

    /** Consignments every case of which is closed before :cutoff with nothing left open. */
    private static final String CLOSED = """
            select k.id, k.tracking_number from consignment k
            where exists (select 1 from clearance_case c where c.consignment_id = k.id)
              and not exists (select 1 from clearance_case c where c.consignment_id = k.id and not (
                  c.closed_at is not null and c.closed_at < :cutoff
                  and (c.status = 'SEIZED' or (c.status = 'RELEASED' and exists (select 1 from final_mile_event f
                       where f.tracking_number = c.tracking_number and f.event_type in ('DELIVERED', 'RETURNED')
                         and f.occurred_at < :cutoff)))
                  and not exists (select 1 from officer_task t where t.case_id = c.id and t.state = 'OPEN')
                  and not exists (select 1 from refund r where r.case_id = c.id and r.state = 'DUE')))
            order by k.filed_at, k.id""";

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
        List<Batch> batches = batches(closedBefore);
        int consignments = batches.stream().mapToInt(b -> b.consignments.size()).sum();
        Map<String, Integer> rows = new LinkedHashMap<>();
        ArchivedTables.IN_ORDER.forEach(t -> rows.put(t.table, 0));
        if (consignments == 0) {
            return new Archived(0, rows, Optional.empty(), Optional.empty(), dryRun);
        }
        if (dryRun) {
            batches.forEach(b -> ArchivedTables.IN_ORDER.forEach(t -> rows.merge(t.table, count(t, b), Integer::sum)));
            return new Archived(consignments, rows, Optional.empty(), Optional.empty(), true);
        }
        String sha256 = write(closedBefore, batches, file, rows);
        for (Batch b : batches) {
            transaction.executeWithoutResult(s -> ArchivedTables.IN_ORDER.forEach(t -> jdbc.sql(
                    "delete from " + t.table + " where " + t.key.column + " in (:keys)").param("keys", b.keys(t.key))
                    .update()));
        }
        audit.record("retention", "ARCHIVE_CLOSED_CASES", "archive", file.getFileName(), null,
                "closedBefore", closedBefore.toString(), "file", file.toAbsolutePath().toString(), "sha256", sha256,
                "consignments", consignments, "rows", rows);
        return new Archived(consignments, rows, Optional.of(file), Optional.of(sha256), false);
    }

    private List<Batch> batches(Instant closedBefore) {
        List<Object[]> closed = jdbc.sql(CLOSED).param("cutoff", Timestamp.from(closedBefore))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list();
        List<Batch> batches = new ArrayList<>();
        for (int i = 0; i < closed.size(); i += BATCH) {
            List<Object[]> slice = closed.subList(i, Math.min(closed.size(), i + BATCH));
            List<UUID> ids = slice.stream().map(r -> (UUID) r[0]).toList();
            List<String> numbers = slice.stream().map(r -> (String) r[1]).toList();
            List<UUID> cases = jdbc.sql("select id from clearance_case where consignment_id in (:ids)").param("ids", ids)
                    .query(UUID.class).list();
            batches.add(new Batch(ids, numbers, cases));
        }
        return batches;
    }

    private int count(ArchivedTables t, Batch b) {
        return jdbc.sql("select count(*) from " + t.table + " where " + t.key.column + " in (:keys)")
                .param("keys", b.keys(t.key)).query(Integer.class).single();
    }

    /** Writes every row to {@code file} (gzip JSON Lines) and fsyncs it; returns the file's SHA-256. */
    private String write(Instant closedBefore, List<Batch> batches, Path file, Map<String, Integer> rows) {
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
            for (Batch b : batches) {
                for (ArchivedTables t : ArchivedTables.IN_ORDER) {
                    List<Map<String, Object>> found = jdbc.sql("select * from " + t.table + " where " + t.key.column
                            + " in (:keys)").param("keys", b.keys(t.key)).query().listOfRows();
                    for (Map<String, Object> row : found) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("table", t.table);
                        line.put("row", ArchiveValues.plain(row));
                        line(lines, line);
                    }
                    rows.merge(t.table, found.size(), Integer::sum);
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

    private record Batch(List<UUID> consignments, List<String> trackingNumbers, List<UUID> cases) {

        List<?> keys(ArchivedTables.Key key) {
            return switch (key) {
                case CASE -> cases.isEmpty() ? List.of(new UUID(0, 0)) : cases;
                case TRACKING_NUMBER -> trackingNumbers;
                case CONSIGNMENT, ID -> consignments;
            };
        }
    }
}
