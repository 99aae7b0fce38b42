package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.interchange.internal.edifact.CuscarInterchange;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The annotated example of each message guide in docs/edifact is a valid interchange of that message. */
class EdifactGuideTest {

    private static final Pattern EXAMPLE = Pattern.compile("```edifact\n(.*?)```", Pattern.DOTALL);

    /** The example of a guide without its commentary: each line up to its segment terminator. */
    static String example(String message) throws IOException {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("docs", "edifact", message + ".md")));
        assertThat(m.find()).as("docs/edifact/" + message + ".md has an edifact example").isTrue();
        StringBuilder interchange = new StringBuilder();
        for (String line : m.group(1).split("\n")) {
            int end = terminator(line);
            if (end > 0) {
                interchange.append(line, 0, end + 1).append('\n');
            }
        }
        return interchange.toString();
    }

    /** The first apostrophe not released by '?'. */
    private static int terminator(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '?') {
                i++;
            } else if (line.charAt(i) == '\'') {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"CUSCAR", "CUSDEC", "CONTRL", "CUSRES", "IFTSTA"})
    void theExampleValidatesAgainstTheMessageSchema(String message) throws IOException {
        String example = example(message);
        assertThat(example).contains("UNH+1+" + message);
        assertThat(Edifact.faults(example)).as(example).isEmpty();
    }

    @Test
    void theCuscarExampleMapsToTheManifestTheGuideDescribes() throws IOException {
        CuscarInterchange read = CuscarInterchange.read(
                new ByteArrayInputStream(example("CUSCAR").getBytes(StandardCharsets.UTF_8)), EdifactLimits.DEFAULT);

        assertThat(read.faults()).isEmpty();
        FilingRequests.Manifest m = read.messages().get(0).manifest();
        assertThat(m.manifestRef()).isEqualTo("MAWB-784-12345675");
        assertThat(m.transportMode()).isEqualTo("AIR");
        assertThat(m.arrival()).isEqualTo(new FilingRequests.Arrival("KZ", "KZALA", "2026-11-22T04:30:00Z"));
        assertThat(m.route()).containsExactly("CN", "KZ");
        assertThat(m.consignments()).hasSize(2);
        var first = m.consignments().get(0);
        assertThat(first.consignee()).isEqualTo(new FilingRequests.Consignee("Aigerim Sadykova", "KZ-P123456789012",
                new FilingRequests.Address("Abay ave 10", "Almaty", "050000", "KZ")));
        assertThat(first.items()).containsExactly(
                new FilingRequests.LineItem("Cotton T-shirt", "610910", 2, "25.00", "CN"));
        assertThat(m.consignments().get(1).platformOrderRef()).isNull();
    }

    @Test
    void theCusdecExampleMapsToTheOrderTheGuideDescribes() throws IOException {
        CuscarInterchange read = CuscarInterchange.read(
                new ByteArrayInputStream(example("CUSDEC").getBytes(StandardCharsets.UTF_8)), EdifactLimits.DEFAULT);

        assertThat(read.faults()).isEmpty();
        FilingRequests.Order order = read.orders().get(0).order();
        assertThat(order).isEqualTo(new FilingRequests.Order("TM-2026-000123", "2026-11-20T10:15:00Z",
                new FilingRequests.Seller("SELLER-88", "Shenzhen Bright Co", "CN"),
                new FilingRequests.Buyer("Aigerim Sadykova", "KZ-P123456789012",
                        new FilingRequests.Address("Abay ave 10", "Almaty", "050000", "KZ")),
                "KZ", "USD", java.util.List.of(new FilingRequests.OrderItem("A1", "Cotton T-shirt, men, printed", "610910", 2,
                        "12.50", "CN", "0.40")),
                "3.00", new FilingRequests.Payment("ExamplePay", "PAY-77", "28.00", "2026-11-20T10:15:09Z"), "DAP"));
    }
}
