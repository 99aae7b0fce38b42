package org.caravan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.support.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./caravan party ...} on a fresh embedded store, as an operator onboards a party with it. */
class PartyCommandsTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void anOperatorRegistersAPartyIssuesAndRevokesItsSecretAndSuspendsIt(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        CommandLineRun registered = CommandLineRun.run("party", "register", "--client-id", "shop-kz", "--name",
                "Shop KZ LLP", "--role", "PLATFORM", "--data-dir", data);
        assertThat(registered.exit()).as(registered.err()).isZero();
        String partyId = first(registered.out());

        CommandLineRun issued = CommandLineRun.run("party", "issue-credential", partyId, "--data-dir", data);
        assertThat(issued.exit()).as(issued.err()).isZero();
        assertThat(issued.out()).contains("client_secret: ").contains("shown once");
        String credentialId = first(issued.out());

        CommandLineRun listed = CommandLineRun.run("party", "list", "--data-dir", data);
        assertThat(listed.out()).contains("shop-kz").contains("PLATFORM").contains("1 live credential(s)");

        CommandLineRun revoked = CommandLineRun.run("party", "revoke-credential", partyId, credentialId, "--data-dir", data);
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        CommandLineRun suspended = CommandLineRun.run("party", "suspend", partyId, "--data-dir", data);
        assertThat(suspended.exit()).as(suspended.err()).isZero();
        assertThat(CommandLineRun.run("party", "list", "--data-dir", data).out()).contains("0 live credential(s)")
                .contains("SUSPENDED");
    }

    @Test
    void aBadRegistrationNamesItsOptionsAndADuplicateIsRefused(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        CommandLineRun refused = CommandLineRun.run("party", "register", "--client-id", "x", "--name", "Officer",
                "--role", "OFFICER", "--data-dir", data);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("--client-id must be").contains("--administration");

        assertThat(CommandLineRun.run("party", "register", "--client-id", "officer-aigerim", "--name", "Aigerim Sadykova",
                "--role", "OFFICER", "--administration", "KZ", "--data-dir", data).exit()).isZero();
        CommandLineRun duplicate = CommandLineRun.run("party", "register", "--client-id", "officer-aigerim", "--name",
                "Someone else", "--role", "OFFICER", "--administration", "KZ", "--data-dir", data);
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).contains("registered already");
    }

    @Test
    void theKeysOfTheStoreAreRotated(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        CommandLineRun first = CommandLineRun.run("party", "rotate-keys", "--data-dir", data);
        assertThat(first.exit()).as(first.err()).isZero();
        CommandLineRun second = CommandLineRun.run("party", "rotate-keys", "--data-dir", data);
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("Signing key ").isNotEqualTo(first.out());
    }

    private static String first(String out) {
        Matcher m = UUID.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group();
    }
}
