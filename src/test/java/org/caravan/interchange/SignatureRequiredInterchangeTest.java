package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import org.caravan.party.Party;
import org.caravan.party.Role;
import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A WCO declaration carries no JWS-Signature, so while Kazakhstan requires the courier to sign
 * it is refused with a problem naming the header, nothing filed; once lifted, it is filed.
 */
@ActiveProfiles("test")
class SignatureRequiredInterchangeTest extends ApiTest {

    @LocalServerPort
    int localPort;

    @Test
    void aDeclarationFromAPartyThatMustSignIsRefusedUntilTheRequirementIsLifted() throws Exception {
        String clientId = Filings.unique("courier-");
        Party courier = parties.register(clientId, SECRET, "Test courier", Role.COURIER, Optional.empty());
        String token = api.token(clientId, SECRET);
        String officer = as(Role.OFFICER, "KZ");
        String requirement = "/api/v1/parties/" + courier.id() + "/signature-requirements/KZ";
        assertThat(api.put(requirement, officer, Map.of("reason", "pilot of signed filings")).status()).isEqualTo(200);

        String lrn = Filings.unique("LRN");
        Reply refused = api.post("/api/v1/interchange/wco", token, null, "application/xml", Wco.corridorDeclaration(lrn));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.raw()).contains("JWS-Signature");
        assertThat(api.get("/api/v1/consignments/" + lrn, token).status()).as("nothing filed").isEqualTo(404);

        assertThat(api.put(requirement, officer, "application/json", Map.of(), "{}").status())
                .as("a reason is required").isEqualTo(422);
        HttpResponse<String> lifted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + localPort + requirement)).DELETE()
                .header("Authorization", "Bearer " + officer).header("Change-Reason", "pilot over").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
        Reply filed = api.post("/api/v1/interchange/wco", token, null, "application/xml", Wco.corridorDeclaration(lrn));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(202);
    }
}
