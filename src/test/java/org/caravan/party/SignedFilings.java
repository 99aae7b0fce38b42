package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.support.Api;
import org.caravan.support.ApiTest;
import org.caravan.support.Filings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;

import tools.jackson.databind.JsonNode;

/**
 * Signed filings against the public API (docs/signed-filings.md): a party registers its
 * public keys, signs the exact body of an order or manifest with a detached JWS in the
 * JWS-Signature header, and the signature is verified before anything is stored, kept with
 * the filing and shown on its receipt and consignments. A bad signature is refused and
 * leaves nothing behind (the same filing is accepted unsigned afterwards); an administration
 * can require a party to sign. Runs on H2 and on PostgreSQL.
 */
public abstract class SignedFilings extends ApiTest {

    static final String HEADER = "JWS-Signature";
    static final String ORDERS = "/api/v1/orders";
    static final String MANIFESTS = "/api/v1/manifests";
    static final String NDJSON = "application/x-ndjson";

    @LocalServerPort
    int localPort;

    private final HttpClient http = HttpClient.newHttpClient();
    private Trader courier;
    private Trader platform;

    record Trader(UUID id, String clientId, String token) {
    }

    record Answer(int status, JsonNode body) {
    }

    @BeforeEach
    void traders() {
        courier = trader(Role.COURIER);
        platform = trader(Role.PLATFORM);
    }

    @Test
    void aGoodSignatureIsAcceptedStoredAndShownOnTheReceiptAndTheConsignment() throws Exception {
        ECKey es = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("es-1").generate();
        register(platform, es.toPublicJWK().toJSONString()).expect(201);
        byte[] order = order(platform, "KZ");
        Answer filed = send("POST", ORDERS, platform.token(), "application/json", order,
                Map.of(HEADER, detached(JWSAlgorithm.ES256, "es-1", new ECDSASigner(es), order, true)));
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        assertThat(filed.body().at("/filingSignature/kid").asString()).isEqualTo("es-1");
        assertThat(filed.body().at("/filingSignature/alg").asString()).isEqualTo("ES256");
        assertThat(filed.body().at("/filingSignature/verifiedAt").asString()).isNotBlank();

        RSAKey rsa = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("ps-1").generate();
        register(courier, rsa.toPublicJWK().toJSONString()).expect(201);
        String tracking = Filings.unique("SG");
        byte[] manifest = manifest(tracking, "KZ");
        // RFC 7797: the body itself, unencoded, is the signed payload
        Answer accepted = send("POST", MANIFESTS, courier.token(), "application/json", manifest,
                Map.of(HEADER, detached(JWSAlgorithm.PS256, "ps-1", new RSASSASigner(rsa), manifest, false)));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(accepted.body().at("/filingSignature/kid").asString()).isEqualTo("ps-1");
        assertThat(accepted.body().at("/filingSignature/alg").asString()).isEqualTo("PS256");

        Answer page = send("GET", accepted.body().get("consignmentPages").asString(), courier.token(), null, null, Map.of());
        assertThat(page.body().at("/filingSignature/kid").asString()).isEqualTo("ps-1");
        Answer traderView = send("GET", "/api/v1/consignments/" + tracking, courier.token(), null, null, Map.of());
        assertThat(traderView.status()).isEqualTo(200);
        JsonNode shown = traderView.body().at("/consignment/filingSignature");
        assertThat(shown.get("kid").asString()).isEqualTo("ps-1");
        assertThat(shown.get("alg").asString()).isEqualTo("PS256");
        assertThat(shown.get("verifiedAt").asString()).isNotBlank();
        String officer = as(Role.OFFICER, "KZ");
        Answer customsView = send("GET", "/api/v1/consignments/" + tracking, officer, null, null, Map.of());
        assertThat(customsView.body().at("/consignment/filingSignature/jws").asString()).contains("..");
        assertThat(shown.has("jws")).as("a trader is not shown the JWS again").isFalse();
    }

    @Test
    void theOpenApiDocumentNamesTheHeaderAndTheSignatureOnEachReceipt() throws Exception {
        JsonNode document = send("GET", "/v3/api-docs", platform.token(), null, null, Map.of()).body();
        for (String path : List.of("~1api~1v1~1orders", "~1api~1v1~1manifests")) {
            assertThat(document.at("/paths/" + path + "/post/parameters").valueStream()
                    .map(p -> p.get("name").asString())).contains(HEADER);
        }
        assertThat(document.at("/components/schemas/OrderReceipt/properties/filingSignature/$ref").asString())
                .isEqualTo("#/components/schemas/FilingSignature");
        assertThat(document.at("/components/schemas/ManifestReceipt/properties/filingSignature/$ref").asString())
                .isEqualTo("#/components/schemas/FilingSignature");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/parties/{partyId}/signing-keys",
                "/api/v1/parties/{partyId}/signing-keys/{kid}",
                "/api/v1/parties/{partyId}/signature-requirements/{country}");
    }

    @Test
    void aStreamedManifestIsVerifiedOverItsBytesAsReceived() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = ed.getPublic().getEncoded();
        OctetKeyPair okp = new OctetKeyPair.Builder(Curve.Ed25519,
                Base64URL.encode(Arrays.copyOfRange(spki, spki.length - 32, spki.length))).keyID("ed-1").build();
        register(courier, okp.toJSONString()).expect(201);
        String tracking = Filings.unique("SL");
        byte[] lines = lines(tracking, "KZ");
        Answer accepted = send("POST", MANIFESTS, courier.token(), NDJSON, lines,
                Map.of(HEADER, ed25519(ed, "ed-1", lines)));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        assertThat(accepted.body().at("/filingSignature/alg").asString()).isEqualTo("EdDSA");

        String other = Filings.unique("SL");
        byte[] signed = lines(other, "KZ");
        byte[] changed = new String(signed, StandardCharsets.UTF_8).replace("\"declaredValue\":\"25.00\"",
                "\"declaredValue\":\"2.00\"").getBytes(StandardCharsets.UTF_8);
        assertThat(changed).isNotEqualTo(signed);
        refused(send("POST", MANIFESTS, courier.token(), NDJSON, changed, Map.of(HEADER, ed25519(ed, "ed-1", signed))),
                "bad-signature");
        assertThat(send("POST", MANIFESTS, courier.token(), NDJSON, changed, Map.of()).status())
                .as("nothing was stored").isEqualTo(202);
    }

    @Test
    void everyBadSignatureIsRefusedNamingTheHeaderAndNothingIsStored() throws Exception {
        ECKey key = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("k-1").generate();
        register(courier, key.toPublicJWK().toJSONString()).expect(201);
        Trader other = trader(Role.COURIER);
        ECKey othersKey = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("theirs").generate();
        register(other, othersKey.toPublicJWK().toJSONString()).expect(201);
        ECKey retired = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("old").generate();
        register(courier, retired.toPublicJWK().toJSONString()).expect(201);
        assertThat(send("DELETE", keys(courier) + "/old", courier.token(), null, null, Map.of()).body()
                .get("retiredAt").asString()).isNotBlank();

        byte[] body = manifest(Filings.unique("SB"), "KZ");
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("KC932", "KC933").getBytes(StandardCharsets.UTF_8);
        String good = detached(JWSAlgorithm.ES256, "k-1", new ECDSASigner(key), body, true);
        String none = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"k-1\"}") + "..";
        String hs256 = detached(JWSAlgorithm.HS256, "k-1", new MACSigner(new byte[32]), body, true);
        JWSObject attached = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k-1").build(), new Payload(body));
        attached.sign(new ECDSASigner(key));

        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(none, "unsupported-alg");
        refusals.put(hs256, "unsupported-alg");
        refusals.put(detached(JWSAlgorithm.ES256, "theirs", new ECDSASigner(othersKey), body, true), "unknown-key");
        refusals.put(detached(JWSAlgorithm.ES256, "nobody", new ECDSASigner(key), body, true), "unknown-key");
        refusals.put(detached(JWSAlgorithm.ES256, "old", new ECDSASigner(retired), body, true), "retired-key");
        refusals.put(good.substring(0, good.lastIndexOf('.')), "malformed");
        refusals.put(good.substring(0, good.length() - 10), "bad-signature");
        refusals.put(attached.serialize(), "not-detached");
        for (var refusal : refusals.entrySet()) {
            refused(send("POST", MANIFESTS, courier.token(), "application/json", body, Map.of(HEADER, refusal.getKey())),
                    refusal.getValue());
        }
        refused(send("POST", MANIFESTS, courier.token(), "application/json", changed, Map.of(HEADER, good)),
                "bad-signature");

        byte[] order = order(platform, "KZ");
        ECKey platformKey = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("p-1").generate();
        register(platform, platformKey.toPublicJWK().toJSONString()).expect(201);
        refused(send("POST", ORDERS, platform.token(), "application/json", order,
                Map.of(HEADER, detached(JWSAlgorithm.ES256, "k-1", new ECDSASigner(key), order, true))), "unknown-key");

        // nothing was stored by any refusal: the same filings are accepted now
        assertThat(send("POST", MANIFESTS, courier.token(), "application/json", body, Map.of()).status()).isEqualTo(202);
        assertThat(send("POST", ORDERS, platform.token(), "application/json", order, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void anAdministrationCanRequireAPartyToSignWithWhoAndWhy() throws Exception {
        String officer = as(Role.OFFICER, "KZ");
        String officerUz = as(Role.OFFICER, "UZ");
        String requirement = "/api/v1/parties/" + courier.id() + "/signature-requirements/KZ";
        Answer none = send("PUT", requirement, officerUz, "application/json", json(Map.of("reason", "not ours")), Map.of());
        assertThat(none.status()).isEqualTo(404);
        Answer own = send("PUT", requirement, courier.token(), "application/json", json(Map.of("reason", "me")), Map.of());
        assertThat(own.status()).isEqualTo(403);
        Answer noReason = send("PUT", requirement, officer, "application/json", json(Map.of("reason", " ")), Map.of());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().at("/errors/0/pointer").asString()).isEqualTo("/reason");

        Answer put = send("PUT", requirement, officer, "application/json",
                json(Map.of("reason", "undervaluation found on three manifests")), Map.of());
        assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
        assertThat(put.body().get("required").asBoolean()).isTrue();

        Answer unsigned = send("POST", MANIFESTS, courier.token(), "application/json",
                manifest(Filings.unique("SR"), "KZ"), Map.of());
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.body().get("type").asString()).isEqualTo("/problems/signature-required");
        assertThat(unsigned.body().at("/errors/0/header").asString()).isEqualTo(HEADER);
        assertThat(send("POST", MANIFESTS, courier.token(), NDJSON, lines(Filings.unique("SR"), "KZ"), Map.of()).body()
                .get("type").asString()).isEqualTo("/problems/signature-required");
        assertThat(send("POST", MANIFESTS, courier.token(), "application/json", manifest(Filings.unique("SR"), "UZ"),
                Map.of()).status()).as("UZ requires nothing").isEqualTo(202);

        ECKey key = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("req-1").generate();
        register(courier, key.toPublicJWK().toJSONString()).expect(201);
        byte[] body = manifest(Filings.unique("SR"), "KZ");
        assertThat(send("POST", MANIFESTS, courier.token(), "application/json", body,
                Map.of(HEADER, detached(JWSAlgorithm.ES256, "req-1", new ECDSASigner(key), body, true))).status())
                .isEqualTo(202);
        Trader free = trader(Role.COURIER);
        assertThat(send("POST", MANIFESTS, free.token(), "application/json", manifest(Filings.unique("SR"), "KZ"),
                Map.of()).status()).as("a party without a requirement files unsigned").isEqualTo(202);

        Answer seen = send("GET", requirement, courier.token(), null, null, Map.of());
        assertThat(seen.body().get("reason").asString()).isEqualTo("undervaluation found on three manifests");
        assertThat(seen.body().at("/changes/0/changedBy").asString()).startsWith("officer-");
        Answer noHeader = send("DELETE", requirement, officer, null, null, Map.of());
        assertThat(noHeader.body().at("/errors/0/header").asString()).isEqualTo("Change-Reason");
        Answer lifted = send("DELETE", requirement, officer, null, null, Map.of("Change-Reason", "corrected filings"));
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(lifted.body().get("required").asBoolean()).isFalse();
        assertThat(lifted.body().at("/changes/1/action").asString()).isEqualTo("LIFTED");
        assertThat(lifted.body().at("/changes/1/reason").asString()).isEqualTo("corrected filings");
        assertThat(send("POST", MANIFESTS, courier.token(), "application/json", manifest(Filings.unique("SR"), "KZ"),
                Map.of()).status()).isEqualTo(202);

        String admin = as(Role.ADMIN, null);
        String orders = "/api/v1/parties/" + platform.id() + "/signature-requirements/KZ";
        assertThat(send("PUT", orders, admin, "application/json", json(Map.of("reason", "pilot")), Map.of()).status())
                .isEqualTo(200);
        Answer order = send("POST", ORDERS, platform.token(), "application/json", order(platform, "KZ"), Map.of());
        assertThat(order.body().get("type").asString()).isEqualTo("/problems/signature-required");
    }

    @Test
    void onlyPublicAsymmetricKeysOfSufficientStrengthAreRegistered() throws Exception {
        ECKey ec = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("dup").generate();
        register(courier, ec.toJSONString()).refusedAt("/d");
        RSAKey weak = new RSAKey.Builder((RSAPublicKey) rsa(1024).getPublic()).keyID("weak").build();
        register(courier, weak.toJSONString()).refusedAt("/n");
        register(courier, new OctetSequenceKey.Builder(new byte[32]).keyID("hmac").build().toJSONString())
                .refusedAt("/kty");
        register(courier, "{\"kty\":\"XYZ\",\"kid\":\"x\"}").refusedAt("/kty");
        register(courier, new ECKey.Builder(Curve.P_384, (ECPublicKey) ec384().getPublic()).build().toJSONString())
                .refusedAt("/crv");
        register(courier, ec.toPublicJWK().toJSONString()).expect(201);
        register(courier, new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("dup").generate()
                .toPublicJWK().toJSONString()).refusedAt("/kid");
        RSAKey noKid = new RSAKey.Builder((RSAPublicKey) rsa(2048).getPublic()).build();
        Answer named = register(courier, noKid.toJSONString()).expect(201);
        assertThat(named.body().get("kid").asString()).isEqualTo(noKid.computeThumbprint().toString());
        assertThat(named.body().get("algorithms").valueStream().map(JsonNode::asString)).containsExactly("PS256", "RS256");

        Answer listed = send("GET", keys(courier), courier.token(), null, null, Map.of());
        assertThat(listed.body().get("keys").size()).isEqualTo(2);
        assertThat(listed.body().at("/keys/0/jwk/d").isMissingNode()).isTrue();
    }

    @Test
    void anotherPartyCannotSeeOrRegisterKeysButAnAdminCan() throws Exception {
        Trader other = trader(Role.COURIER);
        String jwk = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("mine").generate().toPublicJWK()
                .toJSONString();
        register(courier, jwk).expect(201);
        assertThat(send("GET", keys(courier), other.token(), null, null, Map.of()).status()).isEqualTo(404);
        assertThat(send("POST", keys(courier), other.token(), "application/json", jwk.getBytes(StandardCharsets.UTF_8),
                Map.of()).status()).isEqualTo(404);
        assertThat(send("DELETE", keys(courier) + "/mine", other.token(), null, null, Map.of()).status()).isEqualTo(404);
        assertThat(send("GET", keys(courier), platform.token(), null, null, Map.of()).status()).isEqualTo(404);
        String admin = as(Role.ADMIN, null);
        String adminKey = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256).keyID("onboarded").generate()
                .toPublicJWK().toJSONString();
        assertThat(send("POST", keys(courier), admin, "application/json", adminKey.getBytes(StandardCharsets.UTF_8),
                Map.of()).status()).isEqualTo(201);
        assertThat(send("GET", keys(courier), admin, null, null, Map.of()).body().get("keys").size()).isEqualTo(2);
        assertThat(send("GET", "/api/v1/parties/" + UUID.randomUUID() + "/signing-keys", admin, null, null, Map.of())
                .status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------

    private Trader trader(Role role) {
        String clientId = Filings.unique(role.name().toLowerCase() + "-");
        Party party = parties.register(clientId, SECRET, "Test " + role, role, Optional.empty());
        return new Trader(party.id(), clientId, api.token(clientId, SECRET));
    }

    private static String keys(Trader trader) {
        return "/api/v1/parties/" + trader.id() + "/signing-keys";
    }

    private Registered register(Trader trader, String jwk) throws Exception {
        return new Registered(send("POST", keys(trader), trader.token(), "application/json",
                jwk.getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    record Registered(Answer answer) {

        Answer expect(int status) {
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
            return answer;
        }

        void refusedAt(String pointer) {
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
            assertThat(answer.body().at("/errors/0/pointer").asString()).isEqualTo(pointer);
        }
    }

    private static void refused(Answer answer, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(422);
        assertThat(answer.body().get("type").asString()).isEqualTo("/problems/invalid-signature");
        assertThat(answer.body().at("/errors/0/header").asString()).isEqualTo(HEADER);
        assertThat(answer.body().at("/errors/0/code").asString()).isEqualTo(code);
    }

    /** The compact JWS of {@code body} with its payload detached, as a filer makes it with nimbus. */
    static String detached(JWSAlgorithm alg, String kid, JWSSigner signer, byte[] body, boolean encoded) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JOSE);
        if (!encoded) {
            header.base64URLEncodePayload(false).criticalParams(Set.of("b64"));
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(body));
        jws.sign(signer);
        return jws.serialize(true);
    }

    /** EdDSA by the JDK: nimbus signs Ed25519 only through Tink, which Caravan does not ship. */
    private static String ed25519(KeyPair key, String kid, byte[] body) throws Exception {
        String header = Base64URL.encode("{\"alg\":\"EdDSA\",\"kid\":\"" + kid + "\",\"b64\":false,\"crit\":[\"b64\"]}")
                .toString();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update((header + ".").getBytes(StandardCharsets.US_ASCII));
        signer.update(body);
        return header + ".." + Base64URL.encode(signer.sign());
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static KeyPair ec384() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(384);
        return generator.generateKeyPair();
    }

    private static byte[] json(Object value) {
        return Api.JSON.writeValueAsBytes(value);
    }

    private static byte[] order(Trader platform, String destination) {
        String ref = Filings.unique("ORD-");
        Map<String, Object> order = new java.util.LinkedHashMap<>(Filings.order(ref, destination, "C-" + ref, "Aigerim",
                "6109100000", 1, "25.00"));
        // signed bytes go as written, so the buyer is named without a consumer id
        order.put("buyer", Map.of("name", "Aigerim", "address", Map.of("line1", "Abay ave 10", "city", "Almaty",
                "postcode", "050000", "country", destination)));
        return json(order);
    }

    private static byte[] manifest(String tracking, String destination) {
        return json(Filings.manifest(Filings.unique("MAN-"), destination, List.of(Filings.line(tracking, null, null,
                destination, null, "Aigerim", "6109100000", 1, "25.00", "0.50"))));
    }

    private static byte[] lines(String tracking, String destination) {
        Map<String, Object> header = Filings.manifest(Filings.unique("MAN-"), destination, List.of());
        header.remove("consignments");
        return (Api.JSON.writeValueAsString(header) + "\n" + Api.JSON.writeValueAsString(Filings.line(tracking, null, null,
                destination, null, "Aigerim", "6109100000", 1, "25.00", "0.50")) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Answer send(String method, String path, String token, String contentType, byte[] body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + localPort + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if ("POST".equals(method) && (path.equals(ORDERS) || path.equals(MANIFESTS))) {
            request.header("Idempotency-Key", Filings.unique("k"));
        }
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        return new Answer(response.statusCode(), raw == null || raw.isBlank() ? Api.JSON.createObjectNode()
                : Api.JSON.readTree(raw));
    }

}
