package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.caravan.simulator.CaravanClient.Reply;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Onboarding through the API as an administrator does it, and what each step means for the
 * tokens: a secret rolled without downtime, a credential or a party cut off at once, a token
 * revoked and introspected. Run on H2 and on PostgreSQL.
 */
abstract class PartyRegistry extends ApiTest {

    @LocalServerPort
    int serverPort;

    IdentityHttp http;
    String admin;

    @BeforeEach
    void asAdmin() {
        http = new IdentityHttp(serverPort);
        admin = as(Role.ADMIN, null);
    }

    @Test
    void anAdministratorOnboardsAPartyThatThenGetsTokensWithItsOwnClaims() {
        String clientId = Filings.unique("kz-officer-");
        Reply registered = api.post("/api/v1/parties", admin, null,
                body(clientId, "Aigerim Sadykova", "OFFICER", "KZ"));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String id = registered.body().get("id").asString();
        assertThat(registered.body().get("credentials").size()).isZero();

        Reply issued = api.post("/api/v1/parties/" + id + "/credentials", admin, null, "");
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        String secret = issued.body().get("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        String token = api.token(clientId, secret);
        assertThat(IdentityHttp.claim(token, "party")).isEqualTo(id);
        assertThat(IdentityHttp.claim(token, "role")).isEqualTo("OFFICER");
        assertThat(IdentityHttp.claim(token, "administration")).isEqualTo("KZ");
        assertThat(IdentityHttp.claim(token, "aud")).isEqualTo("caravan-api");
        assertThat(api.get("/api/v1/tasks?queue=inspection", token).status()).isEqualTo(200);

        Reply own = api.get("/api/v1/parties/" + id, token);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("credentials").get(0).has("clientSecret")).as("a secret is shown once").isFalse();
        assertThat(own.raw()).doesNotContain(secret);
        assertThat(api.get("/api/v1/parties/" + id, as(Role.PLATFORM, null)).status()).as("a foreign party").isEqualTo(404);
        assertThat(api.get("/api/v1/parties", token).status()).as("an officer lists nobody").isEqualTo(403);
        assertThat(api.post("/api/v1/parties", token, null, body(Filings.unique("x-"), "X", "ADMIN", null)).status())
                .as("only an administrator onboards").isEqualTo(403);
    }

    @Test
    void aRegistrationIsValidatedFieldByFieldAndADuplicateClientIdIsAConflict() {
        Reply invalid = api.post("/api/v1/parties", admin, null, body("a b", "", "KING", "Kazakhstan"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body().get("errors").valueStream().map(e -> e.get("pointer").asString()))
                .contains("/clientId", "/name", "/role");
        Reply noAdministration = api.post("/api/v1/parties", admin, null, body(Filings.unique("o-"), "Officer", "OFFICER", null));
        assertThat(noAdministration.status()).isEqualTo(422);
        assertThat(noAdministration.body().get("errors").get(0).get("pointer").asString()).isEqualTo("/administration");
        Reply platformWithAdministration = api.post("/api/v1/parties", admin, null,
                body(Filings.unique("p-"), "Platform", "PLATFORM", "KZ"));
        assertThat(platformWithAdministration.status()).isEqualTo(422);

        String clientId = Filings.unique("platform-");
        assertThat(api.post("/api/v1/parties", admin, null, body(clientId, "Shop", "PLATFORM", null)).status()).isEqualTo(201);
        Reply duplicate = api.post("/api/v1/parties", admin, null, body(clientId, "Another shop", "PLATFORM", null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).isEqualTo("/problems/party-already-registered");
    }

    @Test
    void partiesArePagedInClientIdOrder() {
        String prefix = Filings.unique("zz-page-").toLowerCase();
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/parties", admin, null, body(prefix + i, "Shop " + i, "PLATFORM", null));
        }
        Reply first = api.get("/api/v1/parties?limit=2&after=" + prefix, admin);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("parties").valueStream().map(p -> p.get("clientId").asString()))
                .containsExactly(prefix + 0, prefix + 1);
        Reply second = api.get("/api/v1/parties?limit=2&after=" + first.body().get("next").asString(), admin);
        assertThat(second.body().get("parties").get(0).get("clientId").asString()).isEqualTo(prefix + 2);
        assertThat(api.get("/api/v1/parties?limit=0", admin).status()).isEqualTo(422);
    }

    @Test
    void aSecretIsRolledWithoutDowntimeThenTheOldOneAndItsTokensAreCutOff() {
        String clientId = Filings.unique("courier-");
        String id = register(clientId, "COURIER");
        JsonNode oldCredential = api.post("/api/v1/parties/" + id + "/credentials", admin, null, "").body();
        JsonNode newCredential = api.post("/api/v1/parties/" + id + "/credentials", admin, null, "").body();
        String oldToken = api.token(clientId, oldCredential.get("clientSecret").asString());
        String newToken = api.token(clientId, newCredential.get("clientSecret").asString());
        assertThat(api.get("/api/v1/jurisdictions", oldToken).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/jurisdictions", newToken).status()).isEqualTo(200);

        IdentityHttp.Answer revoked = http.delete("/api/v1/parties/" + id + "/credentials/"
                + oldCredential.get("credentialId").asString(), admin);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);

        assertThat(api.get("/api/v1/jurisdictions", oldToken).status()).as("the old secret's token").isEqualTo(401);
        assertThat(http.form("/oauth2/token", clientId, oldCredential.get("clientSecret").asString(),
                "grant_type=client_credentials").status()).as("the old secret").isEqualTo(401);
        assertThat(api.get("/api/v1/jurisdictions", newToken).status()).as("the new secret's token").isEqualTo(200);
        assertThat(api.get("/api/v1/parties/" + id, admin).body().get("credentials").get(0).has("revokedAt")).isTrue();
    }

    @Test
    void aSuspendedPartyIsRefusedTokensAndItsLiveTokensAreRefused() {
        String clientId = Filings.unique("platform-");
        String id = register(clientId, "PLATFORM");
        String secret = api.post("/api/v1/parties/" + id + "/credentials", admin, null, "").body().get("clientSecret")
                .asString();
        String token = api.token(clientId, secret);

        Reply suspended = api.post("/api/v1/parties/" + id + "/suspension", admin, null, "");
        assertThat(suspended.status()).as(suspended.raw()).isEqualTo(200);
        assertThat(suspended.body().has("suspendedAt")).isTrue();

        assertThat(api.get("/api/v1/jurisdictions", token).status()).isEqualTo(401);
        assertThat(http.form("/oauth2/token", clientId, secret, "grant_type=client_credentials").status()).isEqualTo(401);
    }

    @Test
    void aClientRevokesItsOwnTokenWhichIntrospectionThenCallsInactive() {
        String clientId = Filings.unique("platform-");
        String id = register(clientId, "PLATFORM");
        String secret = api.post("/api/v1/parties/" + id + "/credentials", admin, null, "").body().get("clientSecret")
                .asString();
        String token = api.token(clientId, secret);

        IdentityHttp.Answer active = http.form("/oauth2/introspect", clientId, secret, "token=" + token);
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        assertThat(active.json().get("active").asBoolean()).isTrue();
        assertThat(active.json().get("party").asString()).isEqualTo(id);
        assertThat(active.json().get("sub").asString()).isEqualTo(clientId);

        String other = Filings.unique("platform-");
        parties.register(other, SECRET, "Other", Role.PLATFORM, java.util.Optional.empty());
        assertThat(http.form("/oauth2/revoke", other, SECRET, "token=" + token).status())
                .as("another client may not revoke it").isEqualTo(401);
        assertThat(api.get("/api/v1/jurisdictions", token).status()).isEqualTo(200);

        assertThat(http.form("/oauth2/revoke", clientId, secret, "token=" + token + "&token_type_hint=access_token").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/jurisdictions", token).status()).isEqualTo(401);
        IdentityHttp.Answer inactive = http.form("/oauth2/introspect", clientId, secret, "token=" + token);
        assertThat(inactive.json().get("active").asBoolean()).isFalse();
        assertThat(http.form("/oauth2/introspect", clientId, secret, "token=not-a-token").json().get("active").asBoolean())
                .isFalse();
    }

    @Test
    void theMetadataNamesTheEndpoints() {
        IdentityHttp.Answer metadata = http.get("/.well-known/oauth-authorization-server");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("token_endpoint").asString()).endsWith("/oauth2/token");
        assertThat(metadata.json().get("jwks_uri").asString()).endsWith("/oauth2/jwks");
        assertThat(metadata.json().get("revocation_endpoint").asString()).endsWith("/oauth2/revoke");
        assertThat(metadata.json().get("introspection_endpoint").asString()).endsWith("/oauth2/introspect");
    }

    private String register(String clientId, String role) {
        Reply r = api.post("/api/v1/parties", admin, null, body(clientId, "Test " + role, role, null));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.body().get("id").asString();
    }

    private static Map<String, Object> body(String clientId, String name, String role, String administration) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        body.put("name", name);
        body.put("role", role);
        if (administration != null) {
            body.put("administration", administration);
        }
        return body;
    }
}
