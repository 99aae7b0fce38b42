package org.caravan.clearance.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.DocumentKind;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.reference.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Officers' document requests and the documents supplied against them, PDFs kept in the row. */
@Repository
public class DocumentTable {

    private static final String DOCUMENT_COLUMNS = "id, request_id, case_id, format, structured, pdf_bytes, sha256, state, "
            + "supplied_by, supplier_role, supplied_at, reviewed_by, reviewed_at, review_reason";

    private final JdbcClient jdbc;

    DocumentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DocumentRequest r) {
        jdbc.sql("""
                insert into document_request (id, case_id, tracking_number, jurisdiction, kind, reason, state, requested_by,
                                              requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.caseId(), r.trackingNumber(), r.jurisdiction().value(), r.kind().name(), r.reason(),
                        r.state().name(), r.requestedBy(), Timestamp.from(r.requestedAt()))
                .update();
    }

    /** The request, locked so a supply and a review of it do not cross. */
    public Optional<DocumentRequest> lockRequest(UUID id) {
        return jdbc.sql("select * from document_request where id = ? for update").param(id).query(DocumentTable::request)
                .optional();
    }

    public Optional<DocumentRequest> request(UUID id) {
        return jdbc.sql("select * from document_request where id = ?").param(id).query(DocumentTable::request).optional();
    }

    public List<DocumentRequest> requestsOfCase(UUID caseId) {
        return jdbc.sql("select * from document_request where case_id = ? order by id").param(caseId)
                .query(DocumentTable::request).list();
    }

    public void satisfy(DocumentRequest r) {
        jdbc.sql("update document_request set state = ?, satisfied_at = ? where id = ?")
                .params(r.state().name(), Timestamp.from(r.satisfiedAt().orElseThrow()), r.id()).update();
    }

    public void insert(SuppliedDocument d, byte[] pdf) {
        jdbc.sql("insert into supplied_document (" + DOCUMENT_COLUMNS + ", pdf_content) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.requestId(), d.caseId(), d.format().name(), d.structured().orElse(null),
                        d.pdfBytes().orElse(null), d.sha256().orElse(null), d.state().name(), d.suppliedBy(),
                        d.supplierRole(), Timestamp.from(d.suppliedAt()), null, null, null, pdf)
                .update();
    }

    public Optional<SuppliedDocument> lockDocument(UUID id) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from supplied_document where id = ? for update").param(id)
                .query(DocumentTable::document).optional();
    }

    public List<SuppliedDocument> documentsOfCase(UUID caseId) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from supplied_document where case_id = ? order by id")
                .param(caseId).query(DocumentTable::document).list();
    }

    public Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf_content from supplied_document where id = ? and pdf_content is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    public void review(SuppliedDocument d) {
        jdbc.sql("update supplied_document set state = ?, reviewed_by = ?, reviewed_at = ?, review_reason = ? where id = ?")
                .params(d.state().name(), d.reviewedBy().orElseThrow(), Timestamp.from(d.reviewedAt().orElseThrow()),
                        d.reviewReason().orElse(null), d.id())
                .update();
    }

    private static DocumentRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp satisfied = rs.getTimestamp("satisfied_at");
        return new DocumentRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("tracking_number"), CountryCode.of(rs.getString("jurisdiction").trim()),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("reason"),
                DocumentRequest.State.valueOf(rs.getString("state")), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), Optional.ofNullable(satisfied).map(Timestamp::toInstant));
    }

    private static SuppliedDocument document(ResultSet rs, int row) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        int bytes = rs.getInt("pdf_bytes");
        Optional<Integer> pdfBytes = rs.wasNull() ? Optional.empty() : Optional.of(bytes);
        return new SuppliedDocument(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                rs.getObject("case_id", UUID.class), SuppliedDocument.Format.valueOf(rs.getString("format")),
                Optional.ofNullable(rs.getString("structured")), pdfBytes,
                Optional.ofNullable(rs.getString("sha256")), SuppliedDocument.State.valueOf(rs.getString("state")),
                rs.getString("supplied_by"), rs.getString("supplier_role"), rs.getTimestamp("supplied_at").toInstant(),
                Optional.ofNullable(rs.getString("reviewed_by")), Optional.ofNullable(reviewed).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("review_reason")));
    }
}
