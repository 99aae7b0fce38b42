package org.caravan.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.caravan.common.audit.ChainCheck.Kind;
import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The audit chain on a real store: concurrent transactions append one linear chain, a
 * rollback leaves nothing, and a row changed, inserted or deleted with SQL behind the
 * service's back, a rewritten head or a lost witnessed head is reported at the right seq.
 * Every tampering runs in a transaction that holds the head lock and is rolled back, so the
 * chain other tests share stays intact. Runs on H2 and on PostgreSQL.
 */
public abstract class AuditTrailScenario extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditWitnesses witnesses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void concurrentTransactionsAppendOneLinearChainWithEachTransactionsEntriesTogether() throws Exception {
        String run = Filings.unique("run-");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int t = 0; t < 40; t++) {
            String subject = run + "-" + t;
            done.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                for (int i = 0; i < 3; i++) {
                    trail.record("test", "test.appended", "test", subject, "KZ", "line", i);
                }
            })));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (int t = 0; t < 40; t++) {
            List<AuditRecord> entries = chain.about(run + "-" + t, java.util.Optional.empty(), 0, 10);
            assertThat(entries).hasSize(3);
            // one batch per transaction: its entries sit together in the chain, in the order recorded
            assertThat(entries.get(1).seq()).isEqualTo(entries.get(0).seq() + 1);
            assertThat(entries.get(2).seq()).isEqualTo(entries.get(0).seq() + 2);
            assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
            assertThat(entries).extracting(AuditRecord::detail).containsExactly("{\"line\":0}", "{\"line\":1}",
                    "{\"line\":2}");
        }
        ChainCheck check = chain.verify();
        assertThat(check.firstBreak()).isEmpty();
        assertThat(check.checked()).isEqualTo(check.head().seq()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void aRolledBackTransactionLeavesNoEntryAndAnAppendOutsideOneCommitsOnItsOwn() {
        String subject = Filings.unique("rolled-back-");
        long before = chain.head().seq();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            trail.record("test", "test.appended", "test", subject, null);
            s.setRollbackOnly();
        });
        assertThat(chain.about(subject, java.util.Optional.empty(), 0, 10)).isEmpty();

        trail.record("test", "test.alone", "test", subject, "UZ", "why", "no transaction");
        List<AuditRecord> alone = chain.about(subject, java.util.Optional.empty(), 0, 10);
        assertThat(alone).singleElement().satisfies(r -> {
            assertThat(r.seq()).isGreaterThan(before);
            assertThat(r.jurisdiction()).isEqualTo("UZ");
            assertThat(r.detail()).isEqualTo("{\"why\":\"no transaction\"}");
        });
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anUntouchedChainVerifiesFromAnyEntry() {
        appendSome(5);
        long head = chain.head().seq();
        assertThat(chain.verify().intact()).isTrue();
        ChainCheck fromTheMiddle = chain.verify(head - 2);
        assertThat(fromTheMiddle.intact()).isTrue();
        assertThat(fromTheMiddle.checked()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRowChangedWithSqlIsReportedAsModifiedAtItsSeq() {
        long seq = appendSome(5) - 2;
        assertThat(tampered(sql -> sql.sql("update audit_entry set detail = '{\"line\":99}' where seq = :seq")
                .param("seq", seq).update())).satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(Kind.MODIFIED);
                    assertThat(b.seq()).isEqualTo(seq);
                });
    }

    @Test
    void aRowChangedAndHashedAgainIsReportedAtItsSeqByTheNextOnesLink() {
        long seq = appendSome(5) - 2;
        assertThat(tampered(sql -> {
            AuditRecord r = chain.entry(seq).orElseThrow();
            String rehash = AuditHash.of(seq, r.prevHash(), r.occurredAt(), "someone else", r.action(), r.subjectKind(),
                    r.subjectId(), r.jurisdiction(), r.detail());
            sql.sql("update audit_entry set actor = 'someone else', hash = :hash where seq = :seq")
                    .param("hash", rehash).param("seq", seq).update();
        })).satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.MODIFIED);
            assertThat(b.seq()).isEqualTo(seq);
        });
    }

    @Test
    void aValidLookingRowInsertedPastTheHeadIsReportedAsInserted() {
        long head = appendSome(2);
        assertThat(tampered(sql -> {
            AuditRecord last = chain.entry(head).orElseThrow();
            insert(sql, forged(head + 1, last.hash()));
        })).satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.INSERTED);
            assertThat(b.seq()).isEqualTo(head + 1);
        });
    }

    @Test
    void aValidLookingRowInsertedInTheMiddleWithTheRestRenumberedIsReportedAsInserted() {
        long seq = appendSome(4) - 1;
        assertThat(tampered(sql -> {
            long head = chain.head().seq();
            AuditRecord before = chain.entry(seq - 1).orElseThrow();
            // make room at seq: every later entry moves up by one, in two steps so no key collides
            sql.sql("update audit_entry set seq = -seq - 1 where seq >= :seq").param("seq", seq).update();
            sql.sql("update audit_entry set seq = -seq where seq < 0").update();
            insert(sql, forged(seq, before.hash()));
            sql.sql("update audit_chain_head set seq = :seq, entries = :seq where id = 1").param("seq", head + 1).update();
        })).satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.INSERTED);
            assertThat(b.seq()).isEqualTo(seq);
        });
    }

    @Test
    void aRowDeletedInTheMiddleIsReportedAsDeletedAtItsSeq() {
        long seq = appendSome(5) - 2;
        assertThat(tampered(sql -> sql.sql("delete from audit_entry where seq = :seq").param("seq", seq).update()))
                .satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(Kind.DELETED);
                    assertThat(b.seq()).isEqualTo(seq);
                });
    }

    @Test
    void theLastRowDeletedIsReportedAsDeletedAtTheHead() {
        long head = appendSome(3);
        assertThat(tampered(sql -> sql.sql("delete from audit_entry where seq = :seq").param("seq", head).update()))
                .satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(Kind.DELETED);
                    assertThat(b.seq()).isEqualTo(head);
                });
    }

    @Test
    void aRewrittenHeadIsReportedAtItsSeq() {
        long head = appendSome(2);
        assertThat(tampered(sql -> sql.sql("update audit_chain_head set hash = :hash where id = 1")
                .param("hash", "f".repeat(64)).update())).satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(Kind.HEAD_MISMATCH);
                    assertThat(b.seq()).isEqualTo(head);
                });
    }

    @Test
    void aChainCutBackBehindAWitnessedHeadIsCaughtThoughItsHeadWasRewrittenToMatch() throws Exception {
        appendSome(3);
        SignedHead head = witnesses.signedHead();
        long witnessed = head.seq();
        ECKey witnessKey = new ECKeyGenerator(Curve.P_256).keyID("uz-customs-1").generate();
        Witness kept = new TransactionTemplate(transactions).execute(s -> witnesses.countersigned(
                countersign(head, witnessKey), witnessKey.toPublicJWK().toJSONObject(), "UZ customs", "test"));
        try {
            assertThat(kept.seq()).isEqualTo(head.seq());
            assertThat(chain.verify().witnesses()).isGreaterThanOrEqualTo(1);
            assertThat(chain.verify().intact()).isTrue();
            assertThat(tampered(sql -> {
                long end = chain.head().seq();
                AuditRecord keep = chain.entry(witnessed - 1).orElseThrow();
                sql.sql("delete from audit_entry where seq >= :seq").param("seq", witnessed).update();
                sql.sql("update audit_chain_head set seq = :seq, hash = :hash, entries = :seq where id = 1")
                        .param("seq", keep.seq()).param("hash", keep.hash()).update();
                assertThat(end).isGreaterThanOrEqualTo(witnessed);
            })).satisfies(b -> {
                assertThat(b.kind()).isEqualTo(Kind.WITNESS_MISSING);
                assertThat(b.seq()).isEqualTo(witnessed);
            });
        } finally {
            jdbc.sql("delete from audit_witness where id = :id").param("id", kept.id()).update();
        }
    }

    @Test
    void theApiVerifiesForAnAdminSignsTheHeadAndKeepsACountersignatureRefusingABadOneByField() throws Exception {
        String admin = as(Role.ADMIN, null);
        String officer = as(Role.OFFICER, "KZ");
        String subject = Filings.unique("api-");
        trail.record("test", "test.appended", "test", subject, "KZ", "n", 1);
        trail.record("test", "test.appended", "test", subject, "UZ", "n", 2);

        Reply verification = api.get("/api/v1/audit/verification", admin);
        assertThat(verification.status()).as(verification.raw()).isEqualTo(200);
        assertThat(verification.body().get("intact").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/audit/verification", officer).status()).isEqualTo(403);

        Reply all = api.get("/api/v1/audit/entries?subject=" + subject, admin);
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        assertThat(all.body().get("entries")).hasSize(2);
        Reply own = api.get("/api/v1/audit/entries?subject=" + subject, officer);
        assertThat(own.body().get("entries")).hasSize(1);
        assertThat(own.body().get("entries").get(0).get("jurisdiction").asString()).isEqualTo("KZ");
        Reply missing = api.get("/api/v1/audit/entries", admin);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.raw()).contains("query:subject");

        Reply head = api.get("/api/v1/audit/head", officer);
        assertThat(head.status()).as(head.raw()).isEqualTo(200);
        JWSObject signed = JWSObject.parse(head.body().get("jws").asString());
        assertThat(signed.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(com.nimbusds.jose.jwk.RSAKey.parse(
                Api_JSON(head.body().get("key")))))).isTrue();
        assertThat(signed.getPayload().toJSONObject().get("hash")).isEqualTo(head.body().get("hash").asString());

        ECKey witnessKey = new ECKeyGenerator(Curve.P_256).keyID("kz-customs-1").generate();
        ECKey otherKey = new ECKeyGenerator(Curve.P_256).generate();
        SignedHead asSigned = new SignedHead(head.body().get("seq").asLong(), head.body().get("hash").asString(),
                Instant.parse(head.body().get("at").asString()), null, null);
        Reply refused = api.post("/api/v1/audit/witnesses", officer, null, Map.of("witness", "KZ customs",
                "countersignature", countersign(asSigned, witnessKey), "jwk", otherKey.toPublicJWK().toJSONObject()));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.raw()).contains("/countersignature", "bad-signature");
        Reply noKey = api.post("/api/v1/audit/witnesses", officer, null, Map.of("witness", "KZ customs",
                "countersignature", "not a jws"));
        assertThat(noKey.status()).isEqualTo(422);
        assertThat(noKey.raw()).contains("/jwk");
        Reply kept = api.post("/api/v1/audit/witnesses", officer, null, Map.of("witness", "KZ customs",
                "countersignature", countersign(asSigned, witnessKey), "jwk", witnessKey.toPublicJWK().toJSONObject()));
        assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
        assertThat(kept.body().get("keyId").asString()).isEqualTo("kz-customs-1");
        try {
            assertThat(chain.verify().intact()).isTrue();
        } finally {
            jdbc.sql("delete from audit_witness where id = :id")
                    .param("id", java.util.UUID.fromString(kept.body().get("id").asString())).update();
        }
    }

    @Test
    void aFiledManifestCostsOneEntryForItsFilingAndOneForItsDecisionsWhoseDigestsAnAuditorRecomputesFromTheStore() {
        String courier = as(Role.COURIER, null);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(Filings.line(Filings.unique("CRV"), null, null, "KZ", "KZ-P" + Filings.unique(""), "Aigerim Sadykova",
                    "610910", 1, "20.00", "0.300"));
        }
        Reply filed = api.post("/api/v1/manifests", courier, Filings.unique("k"),
                Filings.manifest(Filings.unique("MAWB-"), "KZ", lines));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
        String manifestId = filed.body().get("manifestId").asString();

        List<AuditRecord> entries = chain.about(manifestId, java.util.Optional.empty(), 0, 10);
        assertThat(entries).extracting(AuditRecord::action).containsExactlyInAnyOrder("manifest.filed",
                "consignments.decided");
        AuditDigest accepted = new AuditDigest();
        AuditDigest decided = new AuditDigest();
        jdbc.sql("select tracking_number, consignment_id, decided_status, lane from clearance_case "
                + "where manifest_id = :id order by consignment_id").param("id", java.util.UUID.fromString(manifestId))
                .query(rs -> {
                    accepted.add(rs.getString(1), rs.getObject(2, java.util.UUID.class).toString());
                    decided.add(rs.getString(1), rs.getString(3), rs.getString(4));
                });
        assertThat(accepted.lines()).isEqualTo(3);
        AuditRecord filing = entries.stream().filter(e -> e.action().equals("manifest.filed")).findFirst().orElseThrow();
        AuditRecord decisions = entries.stream().filter(e -> e.action().equals("consignments.decided")).findFirst()
                .orElseThrow();
        assertThat(filing.jurisdiction()).isEqualTo("KZ");
        assertThat(filing.detail()).contains("\"lines\":3", "\"digest\":\"" + accepted.hex() + "\"");
        assertThat(decisions.detail()).contains("\"lines\":3", "\"digest\":\"" + decided.hex() + "\"");
        // the filing and its decisions commit together: one batch, so neighbours in the chain
        assertThat(Math.abs(filing.seq() - decisions.seq())).isOne();
    }

    private static String Api_JSON(tools.jackson.databind.JsonNode node) {
        return org.caravan.support.Api.JSON.writeValueAsString(node);
    }

    /** What another administration sends back: the head's payload signed with its own key. */
    static String countersign(SignedHead head, ECKey key) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                    new Payload(Map.of("seq", head.seq(), "hash", head.hash(), "at", head.at().toString())));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends {@code n} entries in one transaction and returns the seq of the last. */
    long appendSome(int n) {
        String subject = Filings.unique("some-");
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 0; i < n; i++) {
                trail.record("test", "test.appended", "test", subject, "KZ", "line", i);
            }
        });
        List<AuditRecord> entries = chain.about(subject, java.util.Optional.empty(), 0, n);
        return entries.get(entries.size() - 1).seq();
    }

    /**
     * Tampers with the store and verifies inside one transaction that holds the head lock, then
     * rolls it back: the first break found while tampered.
     */
    ChainCheck.Break tampered(Consumer<JdbcClient> tamper) {
        List<ChainCheck> found = Collections.synchronizedList(new ArrayList<>());
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("select seq from audit_chain_head where id = 1 for update").query(Long.class).single();
            assertThat(chain.verify().intact()).as("intact before tampering").isTrue();
            tamper.accept(jdbc);
            found.add(chain.verify());
            s.setRollbackOnly();
        });
        assertThat(chain.verify().intact()).as("intact after the rollback").isTrue();
        return found.get(0).firstBreak().orElseThrow(() -> new AssertionError("the tampering was not caught"));
    }

    static AuditRecord forged(long seq, String prevHash) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = AuditHash.of(seq, prevHash, at, "forger", "test.forged", "test", "forged", "KZ", "{}");
        return new AuditRecord(seq, at, "forger", "test.forged", "test", "forged", "KZ", "{}", prevHash, hash);
    }

    static void insert(JdbcClient sql, AuditRecord r) {
        sql.sql("insert into audit_entry (seq, occurred_at, actor, action, subject_kind, subject_id, jurisdiction, detail, "
                + "prev_hash, hash) values (:seq, :at, :actor, :action, :kind, :id, :jurisdiction, :detail, :prev, :hash)")
                .param("seq", r.seq()).param("at", OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC))
                .param("actor", r.actor()).param("action", r.action()).param("kind", r.subjectKind())
                .param("id", r.subjectId()).param("jurisdiction", r.jurisdiction()).param("detail", r.detail())
                .param("prev", r.prevHash()).param("hash", r.hash()).update();
    }
}
