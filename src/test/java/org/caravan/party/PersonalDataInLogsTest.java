package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.common.logging.PersonalDataMasking;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * Logs go further than the store. A parcel's journey through the service, with its refusals
 * and failures, leaves no name, address, phone number or consumer id in them.
 */
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTest extends ApiTest {

    private static final String NAME = "Zhanargul Qwertyuly";
    private static final String STREET = "Kabanbay batyr 77";
    private static final String PHONE = "+77011234567";

    @Test
    void filingsAcceptedAndRefusedLeaveNoPersonalDataInTheLogs(CapturedOutput output) {
        String[] platformId = new String[1];
        String platform = platform(platformId);
        String courier = as(Role.COURIER, null);
        String orderRef = Filings.unique("TM-");
        String tracking = Filings.unique("CRV");
        Map<String, Object> order = new LinkedHashMap<>(Filings.order(orderRef, "KZ", "KZ-P000000000001", NAME, "610910", 1,
                "10.00"));
        order.put("buyer", Map.of("name", NAME, "phone", PHONE, "address", Map.of("line1", STREET, "city", "Almaty",
                "postcode", "050000", "country", "KZ")));
        api.post("/api/v1/orders", platform, Filings.unique("k"), order);
        api.post("/api/v1/manifests", courier, Filings.unique("k"), Filings.manifest(Filings.unique("MAWB-"), "KZ",
                List.of(Filings.line(tracking, platformId[0], orderRef, "KZ", null, NAME, "610910", 1, "10.00", "0.500"))));
        api.awaitDecision(tracking, courier);

        // refusals echo what was wrong: a name where a number belongs, a malformed body around a name
        Map<String, Object> wrong = new LinkedHashMap<>(order);
        wrong.put("platformOrderRef", Filings.unique("TM-"));
        wrong.put("shippingCost", NAME);
        api.post("/api/v1/orders", platform, Filings.unique("k"), wrong);
        api.post("/api/v1/orders", platform, Filings.unique("k"), "application/json",
                "{\"buyer\": {\"name\": \"" + NAME + "\", \"phone\": " + PHONE + "}}");
        api.post("/api/v1/manifests", courier, Filings.unique("k"), "application/json",
                "{\"consignments\": [{\"consignee\": {\"name\": \"" + NAME + "\", \"address\": \"" + STREET + "\"}, \"grossMassKg\": true}]}");
        api.get("/api/v1/tracking/" + tracking, null);

        assertThat(output.getAll()).doesNotContain(NAME).doesNotContain(STREET).doesNotContain(PHONE)
                .doesNotContain("KZ-P000000000001");
    }

    @Test
    void aMessageThatCarriesPersonalDataIsMaskedOnItsWayOut(CapturedOutput output) {
        LoggerFactory.getLogger(PersonalDataInLogsTest.class).warn(
                "Delivery for KZ-P123456789012 (aigerim.s@example.kz, +7 701 123 45 67, IIN 900101300123) failed for CRV000000001KZ");
        String logged = output.getAll();
        assertThat(logged).contains("Delivery for KZ-P*** (***@***, ***, IIN ***) failed for CRV000000001KZ")
                .doesNotContain("123456789012").doesNotContain("example.kz").doesNotContain("900101300123");
    }

    @Test
    void anExceptionThatQuotesPersonalDataIsMaskedToo(CapturedOutput output) {
        LoggerFactory.getLogger(PersonalDataInLogsTest.class).warn("Delivery failed",
                new IllegalStateException("receiver refused aigerim.s@example.kz", new RuntimeException("for KZ-P123456789012")));
        assertThat(output.getAll()).contains("receiver refused ***@***").contains("for KZ-P***")
                .doesNotContain("example.kz").doesNotContain("123456789012");
    }

    @Test
    void idsTimesAndAmountsAreLeftAsTheyAre() {
        String line = "case 0194c3a1-7d2e-7c4b-9a1e-123456789012 at 2026-11-26T10:15:00.123456789Z, 1234567.89 USD, "
                + "port 127.0.0.1:5432, CRV000000001KZ";
        assertThat(PersonalDataMasking.mask(line)).isEqualTo(line);
    }
}
