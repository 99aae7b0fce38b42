package org.caravan.risk.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.reference.CountryCode;
import org.caravan.risk.ModelMetrics;
import org.caravan.risk.ModelVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Model versions and their promotions; the document is read only when a version is loaded for scoring. */
@Repository
public class ModelVersionTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "version, jurisdiction, kind, created_at, created_by, training_data, metrics, "
            + "status, promoted_at, promoted_by, promotion_reason";

    private final JdbcClient jdbc;

    ModelVersionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ModelVersion v, String document) {
        jdbc.sql("""
                insert into risk_model_version (version, jurisdiction, kind, created_at, created_by, training_data, metrics,
                    document, status)
                values (:version, :j, :kind, :at, :by, :data, :metrics, :document, :status)""")
                .param("version", v.version()).param("j", v.jurisdiction().value()).param("kind", v.kind())
                .param("at", utc(v.createdAt())).param("by", v.createdBy()).param("data", v.trainingData())
                .param("metrics", JSON.writeValueAsString(v.metrics())).param("document", document)
                .param("status", v.status().name()).update();
    }

    /** Every version, newest first. */
    public List<ModelVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from risk_model_version order by created_at desc, version desc")
                .query((rs, n) -> version(rs)).list();
    }

    public Optional<ModelVersion> find(String version) {
        return jdbc.sql("select " + COLUMNS + " from risk_model_version where version = :v").param("v", version)
                .query((rs, n) -> version(rs)).optional();
    }

    public Optional<String> document(String version) {
        return jdbc.sql("select document from risk_model_version where version = :v").param("v", version)
                .query(String.class).optional();
    }

    /** The production version of each jurisdiction for a kind of model: a cheap query, polled. */
    public Map<String, String> production(String kind) {
        return jdbc.sql("select jurisdiction, version from risk_model_version where status = 'PRODUCTION' and kind = :kind")
                .param("kind", kind).query((rs, n) -> Map.entry(rs.getString(1).trim(), rs.getString(2))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** Retires the jurisdiction's production version of the same kind and promotes this one, in one transaction. */
    @Transactional
    public void promote(ModelVersion v, Instant at, String by, String reason) {
        jdbc.sql("""
                update risk_model_version set status = 'RETIRED'
                where status = 'PRODUCTION' and jurisdiction = :j and kind = :kind and version <> :v""")
                .param("j", v.jurisdiction().value()).param("kind", v.kind()).param("v", v.version()).update();
        jdbc.sql("""
                update risk_model_version set status = 'PRODUCTION', promoted_at = :at, promoted_by = :by,
                    promotion_reason = :reason
                where version = :v""")
                .param("at", utc(at)).param("by", by).param("reason", reason).param("v", v.version()).update();
    }

    private static ModelVersion version(ResultSet rs) throws SQLException {
        OffsetDateTime promoted = rs.getObject("promoted_at", OffsetDateTime.class);
        return new ModelVersion(rs.getString("version"), CountryCode.of(rs.getString("jurisdiction").trim()),
                rs.getString("kind"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"), rs.getString("training_data"),
                JSON.readValue(rs.getString("metrics"), ModelMetrics.class),
                ModelVersion.Status.valueOf(rs.getString("status")), Optional.ofNullable(promoted).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString("promoted_by")), Optional.ofNullable(rs.getString("promotion_reason")));
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
