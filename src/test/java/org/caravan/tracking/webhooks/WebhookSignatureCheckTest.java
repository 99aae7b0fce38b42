package org.caravan.tracking.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.caravan.party.Role;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The verification snippets published in docs/webhooks.md, run against a genuine delivery:
 * they accept it, and reject a forged body, a wrong secret, a forged timestamp and the same
 * delivery replayed after the tolerance.
 */
@ActiveProfiles("test")
class WebhookSignatureCheckTest extends ApiTest {

    private static final Path DOC = Path.of("docs/webhooks.md");
    private static final Path SNIPPET = Path.of("src/test/java/org/caravan/tracking/webhooks/WebhookSignatureCheck.java");

    @LocalServerPort
    int localPort;

    @Test
    void theDocumentPublishesTheCheckThisTestUsesVerbatim() throws IOException {
        String code = Files.readString(SNIPPET);
        String published = code.substring(code.indexOf("import ")).strip();
        assertThat(Files.readString(DOC)).contains("```java\n" + published + "\n```");
    }

    @Test
    void theJavaAndPythonChecksAcceptAGenuineDeliveryAndCatchForgeriesAndReplays() throws Exception {
        String courier = as(Role.COURIER, null);
        try (Receiver receiver = new Receiver(Receiver.HEALTHY)) {
            Hooks.Answer created = new Hooks(localPort).subscribe(courier, receiver.url(), WebhookDelivery.ALL, null);
            String secret = created.body().get("secret").asString();
            receiver.secret(secret);
            String tn = Filings.unique("WH");
            assertThat(api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"),
                    "KZ", List.of(Filings.line(tn, null, null, "KZ", "KZ-P1", "Aigerim Sadykova", "610910", 2, "20.00",
                            "0.55")))).status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.received()).isNotEmpty());
            Receiver.Request genuine = receiver.received().get(0);
            Instant now = Instant.now();

            byte[] forged = Receiver.utf8(genuine.body()).replace(tn, Filings.unique("WH")).getBytes(StandardCharsets.UTF_8);
            String otherSecret = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
            String laterTimestamp = String.valueOf(now.getEpochSecond() + 1);
            Instant muchLater = now.plus(WebhookSignatureCheck.TOLERANCE).plusSeconds(60);

            assertThat(check(secret, genuine, genuine.timestamp(), genuine.body(), now)).isTrue();
            assertThat(check(secret, genuine, genuine.timestamp(), forged, now)).as("forged body").isFalse();
            assertThat(check(otherSecret, genuine, genuine.timestamp(), genuine.body(), now)).as("wrong secret").isFalse();
            assertThat(check(secret, genuine, laterTimestamp, genuine.body(), now)).as("forged timestamp").isFalse();
            assertThat(check(secret, genuine, genuine.timestamp(), genuine.body(), muchLater)).as("replayed").isFalse();

            Assumptions.assumeTrue(python(), "python3 is not installed here");
            assertThat(pythonCheck(secret, genuine, genuine.timestamp(), genuine.body(), now)).isTrue();
            assertThat(pythonCheck(secret, genuine, genuine.timestamp(), forged, now)).isFalse();
            assertThat(pythonCheck(otherSecret, genuine, genuine.timestamp(), genuine.body(), now)).isFalse();
            assertThat(pythonCheck(secret, genuine, laterTimestamp, genuine.body(), now)).isFalse();
            assertThat(pythonCheck(secret, genuine, genuine.timestamp(), genuine.body(), muchLater)).isFalse();
        }
    }

    private static boolean check(String secret, Receiver.Request r, String timestamp, byte[] body, Instant now) {
        return WebhookSignatureCheck.verify(secret, r.id(), timestamp, r.signature(), body, now);
    }

    /** Runs the Python snippet exactly as docs/webhooks.md prints it. */
    private static boolean pythonCheck(String secret, Receiver.Request r, String timestamp, byte[] body, Instant now)
            throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```python\n") + "```python\n".length();
        String snippet = doc.substring(start, doc.indexOf("\n```", start));
        String program = snippet + "\nimport sys\nargs = sys.argv[1:]\n"
                + "print(verify(args[0], args[1], args[2], args[3], sys.stdin.buffer.read(), now=float(args[4])))\n";
        Path file = Files.createTempFile("webhook-check", ".py");
        try {
            Files.writeString(file, program);
            Process p = new ProcessBuilder("python3", file.toString(), secret, r.id(), timestamp, r.signature(),
                    String.valueOf(now.getEpochSecond())).redirectErrorStream(true).start();
            p.getOutputStream().write(body);
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(out).as(out).isIn("True", "False");
            return out.equals("True");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
