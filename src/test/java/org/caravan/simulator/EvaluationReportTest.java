package org.caravan.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.simulator.internal.EvaluationReport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The pilot report as text: what a lane calls itself is shown, never run; missing ratios read as a dash; currencies stay apart. */
class EvaluationReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern MONEY = Pattern.compile("(\\d+\\.\\d+) ([A-Z]{3})\\b");

    static JsonNode sample() {
        try (InputStream in = EvaluationReportTest.class.getResourceAsStream("/simulator/evaluation-sample.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aHostileLaneNameIsShownAsTextAndNeverBecomesMarkup() {
        JsonNode evaluation = sample();
        ObjectNode lane = (ObjectNode) evaluation.path("byLane").get(0);
        lane.put("lane", "<img src=x onerror=alert(1)>");
        lane.put("name", "</title><script>alert('lane')</script>");

        String html = EvaluationReport.html(evaluation);

        assertThat(html).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("</title><script>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;lane&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aRatioWithoutDenominatorReadsAsADash() {
        JsonNode evaluation = sample();
        ((ObjectNode) evaluation.path("overall")).putNull("hitRate");

        String html = EvaluationReport.html(evaluation);

        assertThat(rowText(html, "lane-yield-table", "CN-KG-ROAD")).as("no inspection on the Kyrgyz lane")
                .isEqualTo("CN-KG-ROAD 12 0 0 –");
        assertThat(rowText(html, "by-category", "Share released before arrival")).as("no phone was released")
                .endsWith("– 92.5 %");
        assertThat(rowText(html, "by-category", "Median hours to release")).contains("0.0 h –");
        assertThat(html).contains("hit rate –");
        assertThat(text(html).replaceAll("\\s+", " ")).contains("Hit rate – 50 found in 120 controls");
    }

    @Test
    void anEvaluationWithNothingInItStillRenders() {
        String html = EvaluationReport.html(JSON.readTree("{\"overall\": {\"dutiesAssessed\": null, \"hitRate\": null}}"));

        assertThat(html).contains("Pilot evaluation").contains("No duties were assessed in this run.");
    }

    @Test
    void twoCurrenciesAreNeverAddedTogether() {
        String html = EvaluationReport.html(sample());

        List<String> charted = new ArrayList<>();
        Matcher svg = SVG.matcher(html);
        while (svg.find()) {
            Set<String> currencies = new TreeSet<>();
            Matcher money = MONEY.matcher(svg.group());
            while (money.find()) {
                currencies.add(money.group(2));
            }
            assertThat(currencies).as("currencies in one chart").hasSizeLessThanOrEqualTo(1);
            Matcher declared = Pattern.compile("data-currency=\"([A-Z]{3})\"").matcher(svg.group());
            if (declared.find()) {
                assertThat(currencies).containsOnly(declared.group(1));
                charted.add(declared.group(1));
            }
        }
        assertThat(charted).as("duties by category, then revenue per inspection, one chart per currency")
                .containsExactly("KZT", "UZS", "KZT", "UZS");
        // apparel: 1320400.00 KZT and 98200000.00 UZS; all: 4564750.00 KZT and 318450000.00 UZS
        assertThat(html).doesNotContain(new BigDecimal("1320400.00").add(new BigDecimal("98200000.00")).toPlainString())
                .doesNotContain(new BigDecimal("4564750.00").add(new BigDecimal("318450000.00")).toPlainString());
        assertThat(rowText(html, "by-category", "Duties assessed")).startsWith("Duties assessed 1320400.00 KZT 98200000.00 UZS");
        assertThat(html).as("one currency a line").contains("1320400.00 KZT\n98200000.00 UZS");
    }

    /** The text of the row headed {@code header} in the table captioned by {@code tableId}, tags stripped. */
    static String rowText(String html, String tableId, String header) {
        int table = html.indexOf("id=\"" + tableId + "\"");
        assertThat(table).as("table " + tableId).isPositive();
        String rest = html.substring(table, html.indexOf("</table>", table));
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">" + Pattern.quote(header) + "</th>.*?</tr>", Pattern.DOTALL)
                .matcher(rest);
        assertThat(row.find()).as("row " + header + " in " + tableId).isTrue();
        return text(row.group()).replaceAll("\\s+", " ").trim();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ");
    }
}
