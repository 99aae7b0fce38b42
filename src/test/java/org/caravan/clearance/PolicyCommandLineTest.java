package org.caravan.clearance;

import static org.caravan.support.CommandLineRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.caravan.support.CommandLineRun;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * {@code ./caravan policy compare} as a ministry's analyst runs it: a manifest file replayed
 * under two regimes, as JSON and as a table, and every bad argument refused with a sentence
 * and a non-zero exit, never a stack trace.
 */
class PolicyCommandLineTest {

    static final String Y2020 = "EAEU-PERSONAL-USE-2020";
    static final String Y2026 = "EAEU-ECOMMERCE-GOODS-2026";

    static Map<String, Object> line(String tracking, String hs, String eur, String kg) {
        Map<String, Object> line = Filings.line(tracking, null, null, "KZ", Filings.wellFormedId("KZ", tracking), "Aigerim Sadykova", hs, 1,
                eur, kg);
        line.put("currency", "EUR");
        return line;
    }

    static Path manifest(Path dir, List<Map<String, Object>> lines) throws Exception {
        Path file = dir.resolve("manifest.json");
        Files.write(file, Api.JSON.writeValueAsBytes(Filings.manifest("MAWB-784-00000001", "KZ", lines)));
        return file;
    }

    @Test
    void comparesEaeu2020With2026OnAManifestAsJson(@TempDir Path dir) throws Exception {
        Path file = manifest(dir, List.of(line("CRVPOLICY0001", "851713", "300.00", "2.000"),
                line("CRVPOLICY0002", "610910", "150.00", "1.000")));

        CommandLineRun run = run("policy", "compare", "--from", file.toString(), "--regime", Y2020, "--regime", Y2026,
                "--on", "2026-11-25", "--json", "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = Api.JSON.readTree(run.out());
        assertThat(report.get("regimes").toString()).isEqualTo("[\"" + Y2020 + "\",\"" + Y2026 + "\"]");
        assertThat(report.get("on").asString()).isEqualTo("2026-11-25");
        // 300 EUR, 2 kg: 2020 -> 15 % of 100 EUR = 15 EUR x 620 = 9,300.00 KZT;
        // 2026 -> duty 15 EUR = 9,300.00 + VAT 16 % of 315 EUR = 50.40 EUR = 31,248.00 -> 40,548.00 KZT
        JsonNode phones2020 = report.get("rows").get(2);
        assertThat(phones2020.get("country").asString()).isEqualTo("KZ");
        assertThat(phones2020.get("category").asString()).isEqualTo("phones");
        assertThat(phones2020.get("regime").asString()).isEqualTo(Y2020);
        assertThat(phones2020.get("parcels").asInt()).isEqualTo(1);
        assertThat(phones2020.get("aboveThreshold").asInt()).isEqualTo(1);
        assertThat(phones2020.get("shareAboveThreshold").asString()).isEqualTo("1.0000");
        assertThat(phones2020.get("revenue").toString()).isEqualTo("[{\"amount\":\"9300.00\",\"currency\":\"KZT\"}]");
        assertThat(report.get("rows").get(3).get("revenue").toString())
                .isEqualTo("[{\"amount\":\"40548.00\",\"currency\":\"KZT\"}]");
        // the T-shirts at 150 EUR go free under both
        JsonNode apparel = report.get("rows").get(0);
        assertThat(apparel.get("category").asString()).isEqualTo("apparel");
        assertThat(apparel.get("releasedWithoutPayment").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/1/revenue/0/amount").asString()).isEqualTo("40548.00");
        assertThat(report.at("/totalDifference/revenue/0/amount").asString()).isEqualTo("31248.00");
        assertThat(report.at("/totalDifference/regime").asString()).isEqualTo("B-A");
        assertThat(report.at("/totals/0/officerWorkload").asInt()).isZero();
        assertThat(report.get("skipped").isEmpty()).isTrue();
    }

    @Test
    void comparesADraftRuleFromAFileAsATable(@TempDir Path dir) throws Exception {
        Path file = manifest(dir, List.of(line("CRVPOLICY0003", "851713", "160.00", "1.000")));

        CommandLineRun run = run("policy", "compare", "--from", file.toString(), "--regime", Y2026, "--regime",
                "PROPOSAL-EAEU-150-EUR", "--regime-file", "docs/policy/eaeu-150-eur-proposal.json", "--on", "2026-11-25",
                "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        // 160 EUR, 1 kg: free under 200 EUR; above 150 EUR duty 5 % x 160 = 8 EUR -> 4,960.00 KZT and
        // VAT 16 % x 168 = 26.88 EUR -> 16,665.60 KZT: 21,625.60 KZT
        assertThat(run.out()).contains("B = PROPOSAL-EAEU-150-EUR", "every consignment assessed on 2026-11-25")
                .containsPattern("KZ\\s+phones\\s+B-A\\s+0\\s+\\+1\\s+\\+100\\.0%\\s+-1\\s+0\\s+\\+21,625\\.60 KZT");
    }

    @Test
    void badArgumentsAreRefusedWithASentence(@TempDir Path dir) throws Exception {
        Path file = manifest(dir, List.of(line("CRVPOLICY0004", "851713", "160.00", "1.000")));

        CommandLineRun unknown = run("policy", "compare", "--from", file.toString(), "--regime", Y2020, "--regime", "EAEU-2030");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("Unknown regime EAEU-2030; known: " + Y2020);

        CommandLineRun missing = run("policy", "compare", "--from", dir.resolve("nowhere.json").toString(), "--regime", Y2020,
                "--regime", Y2026);
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("--from: no such file: ");

        CommandLineRun once = run("policy", "compare", "--from", file.toString(), "--regime", Y2020);
        assertThat(once.exit()).isNotZero();
        assertThat(once.err()).contains("Give --regime twice");

        Path draft = dir.resolve("draft.json");
        Files.writeString(draft, Files.readString(Path.of("docs/policy/eaeu-150-eur-proposal.json"))
                .replace("\"method\": \"DUTY_ON_VALUE_WITH_VAT\",", ""));
        CommandLineRun malformed = run("policy", "compare", "--from", file.toString(), "--regime", Y2026, "--regime",
                "PROPOSAL-EAEU-150-EUR", "--regime-file", draft.toString());
        assertThat(malformed.exit()).isNotZero();
        assertThat(malformed.err()).contains("/regimes/0 (PROPOSAL-EAEU-150-EUR)", "field missing: method");

        for (CommandLineRun run : List.of(unknown, missing, once, malformed)) {
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aManifestTheApiWouldRefuseIsRefusedWithItsPointers(@TempDir Path dir) throws Exception {
        Path file = manifest(dir, List.of(line("CRVPOLICY0005", "851713", "-5", "1.000")));

        CommandLineRun run = run("policy", "compare", "--from", file.toString(), "--regime", Y2020, "--regime", Y2026,
                "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("/consignments/0/declaredValue");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aJsonLinesManifestReplaysAQuotaAndNamesTheLineOfABadConsignment(@TempDir Path dir) throws Exception {
        Map<String, Object> header = Filings.manifest("MAWB-784-00000002", "UZ", List.of());
        header.remove("consignments");
        String recipient = Filings.wellFormedId("UZ", "C-0001");
        Path file = dir.resolve("manifest.jsonl");
        Files.writeString(file, String.join("\n", Api.JSON.writeValueAsString(header),
                Api.JSON.writeValueAsString(Filings.line("CRVPOLICYUZ01", null, null, "UZ", recipient, "Dilnoza Karimova",
                        "851713", 1, "120.00", "0.500")),
                "",
                Api.JSON.writeValueAsString(Filings.line("CRVPOLICYUZ02", null, null, "UZ", recipient, "Dilnoza Karimova",
                        "610910", 1, "90.00", "0.800"))) + "\n");

        CommandLineRun run = run("policy", "compare", "--from", file.toString(), "--regime", "UZ-COURIER-QUOTA-2025", "--regime",
                "UZ-POSTAL-2025", "--on", "2026-11-25", "--json", "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = Api.JSON.readTree(run.out());
        // the quota of 200 USD a month: 120 USD free, then 90 USD passes it, and its charge is an officer's to assess;
        // the courier pays 2 % of 412,000 UZS per kg on each, 8,240.00 UZS twice (0.5 and 0.8 kg count as 1 kg)
        JsonNode quota = report.at("/totals/0");
        assertThat(quota.get("aboveThreshold").asInt()).isEqualTo(1);
        assertThat(quota.get("officerWorkload").asInt()).isEqualTo(1);
        assertThat(quota.get("releasedWithoutPayment").asInt()).isEqualTo(1);
        assertThat(quota.at("/declarantFees/0/amount").asString()).isEqualTo("16480.00");
        // the postal limit of 100 USD an item: only the 120 USD parcel passes it
        assertThat(report.at("/totals/1/aboveThreshold").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/1/declarantFees").isEmpty()).isTrue();

        Files.writeString(file, Files.readString(file).replace("\"90.00\"", "\"ninety\""));
        CommandLineRun bad = run("policy", "compare", "--from", file.toString(), "--regime", "UZ-COURIER-QUOTA-2025", "--regime",
                "UZ-POSTAL-2025", "--data-dir", dir.resolve("data").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("/consignments/1/", "(line 4)");
    }

    @Test
    void theExamplesInTheGuideAreWhatTheCommandPrints(@TempDir Path dir) throws Exception {
        String guide = Files.readString(Path.of("docs/policy.md"));
        List<List<String>> examples = List.of(
                List.of("--from", "docs/policy/sample-manifest.json", "--regime", Y2020, "--regime", Y2026),
                List.of("--from", "docs/policy/sample-manifest.json", "--regime", Y2026, "--regime",
                        "PROPOSAL-EAEU-150-EUR", "--regime-file", "docs/policy/eaeu-150-eur-proposal.json"),
                List.of("--from", "docs/policy/sample-manifest-uz.jsonl", "--regime", "UZ-COURIER-QUOTA-2025", "--regime",
                        "UZ-POSTAL-2025"));
        for (List<String> example : examples) {
            List<String> args = new java.util.ArrayList<>(List.of("policy", "compare"));
            args.addAll(example);
            args.addAll(List.of("--on", "2026-11-25", "--data-dir", dir.resolve("data").toString()));
            CommandLineRun run = run(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(guide).as(String.join(" ", example)).contains(run.out().stripTrailing());
        }
    }
}
