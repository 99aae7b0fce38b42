package org.caravan.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Under the profile json-logs every line is a JSON object naming the request's correlation
 * id and the consignment, and personal data is masked as in the text lines. The dispatcher's
 * debug line (method and address) is the request's line these tests read.
 */
@ActiveProfiles({ "test", "json-logs" })
@TestPropertySource(properties = "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aWellFormedCorrelationIdIsEchoedAndNamesTheRequestsLogLines(CapturedOutput output) throws Exception {
        String correlation = Filings.unique("corr-");
        String tracking = Filings.unique("CRJ");
        HttpResponse<String> reply = get("/api/v1/tracking/" + tracking, correlation);
        assertThat(reply.headers().firstValue("X-Correlation-Id")).hasValue(correlation);
        JsonNode line = lineContaining(output, tracking);
        assertThat(line.get("correlationId").asString()).isEqualTo(correlation);
        assertThat(line.get("consignment").asString()).isEqualTo(tracking);
        assertThat(line.get("log").get("level").asString()).isEqualTo("DEBUG");
    }

    @Test
    void aMissingOrMalformedCorrelationIdIsReplacedByANewOne() throws Exception {
        HttpResponse<String> none = get("/api/v1/tracking/" + Filings.unique("CRJ"), null);
        assertThat(none.headers().firstValue("X-Correlation-Id")).get().asString().matches("[0-9a-f-]{36}");
        HttpResponse<String> forged = get("/api/v1/tracking/" + Filings.unique("CRJ"), "x\"}{\"level\":\"ERROR");
        assertThat(forged.headers().firstValue("X-Correlation-Id")).get().asString().matches("[0-9a-f-]{36}");
    }

    @Test
    void personalDataIsMaskedInJsonLines(CapturedOutput output) throws Exception {
        String marker = Filings.unique("mask");
        get("/api/v1/tracking/" + marker + "/someone@example.com", null);
        JsonNode line = lineContaining(output, marker);
        assertThat(line.get("message").asString()).contains("***@***").doesNotContain("someone@example.com");
        assertThat(output.getAll()).doesNotContain("someone@example.com");
    }

    private JsonNode lineContaining(CapturedOutput output, String text) {
        List<String> lines = Arrays.stream(output.getOut().split("\n")).filter(l -> l.contains(text)).toList();
        assertThat(lines).as("log lines naming " + text).isNotEmpty();
        return JSON.readTree(lines.get(0));
    }

    private HttpResponse<String> get(String path, String correlationId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
