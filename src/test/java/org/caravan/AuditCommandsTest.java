package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./caravan audit verify} and {@code audit head} on an embedded store, as an auditor runs
 * them: intact after an administrator's action, broken (exit 1, naming the seq) after a row is
 * changed in the database directly.
 */
class AuditCommandsTest {

    @Test
    void verifiesAnIntactChainExportsItsSignedHeadAndNamesTheSeqOfARowChangedInTheDatabase(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Path profile = Files.writeString(dir.resolve("kz.yaml"), RiskCommandsTest.PROFILE);
        CommandLineRun loaded = CommandLineRun.run("risk", "profile", "load", profile.toString(), "--jurisdiction", "KZ",
                "--by", "head of risk", "--reason", "audited", "--data-dir", data.toString());
        assertThat(loaded.exit()).as(loaded.err()).isZero();

        CommandLineRun intact = CommandLineRun.run("audit", "verify", "--data-dir", data.toString());
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("intact: 1 entries checked from seq 1 to the head at seq 1");

        Path export = dir.resolve("head.json");
        CommandLineRun head = CommandLineRun.run("audit", "head", "--export", export.toString(), "--data-dir",
                data.toString());
        assertThat(head.exit()).as(head.err()).isZero();
        JsonNode exported = JsonMapper.builder().build().readTree(Files.readString(export));
        assertThat(exported.get("seq").asLong()).isEqualTo(1);
        JWSObject jws = JWSObject.parse(exported.get("jws").asString());
        assertThat(jws.verify(new RSASSAVerifier(RSAKey.parse(exported.get("key").toString())))).isTrue();
        assertThat(jws.getPayload().toJSONObject().get("hash")).isEqualTo(exported.get("hash").asString());

        String password = Files.readString(data.resolve("keys/store-password")).strip();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/caravan;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE", "caravan", password); var s = c.createStatement()) {
            assertThat(s.executeUpdate("update audit_entry set actor = 'someone else' where seq = 1")).isOne();
        }
        CommandLineRun broken = CommandLineRun.run("audit", "verify", "--data-dir", data.toString());
        assertThat(broken.exit()).isOne();
        assertThat(broken.out()).startsWith("BROKEN at seq 1 (MODIFIED)");
        CommandLineRun json = CommandLineRun.run("audit", "verify", "--json", "--data-dir", data.toString());
        assertThat(json.exit()).isOne();
        JsonNode report = JsonMapper.builder().build().readTree(json.out());
        assertThat(report.get("firstBreak").get("seq").asLong()).isEqualTo(1);
        assertThat(report.get("firstBreak").get("kind").asString()).isEqualTo("MODIFIED");
    }

    @Test
    void refusesAStartBeforeTheFirstEntryNamingTheOption(@TempDir Path dir) {
        CommandLineRun refused = CommandLineRun.run("audit", "verify", "--from", "0", "--data-dir", dir.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--from");
    }
}
