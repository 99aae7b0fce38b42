package org.caravan.exchange.internal.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

import tools.jackson.databind.JsonNode;

/**
 * Three administrations on the corridor China, Kazakhstan, Uzbekistan, each on its own node
 * and database, one Kafka broker between them. A parcel filed once in China is decided in
 * Uzbekistan with Kazakhstan's transit recorded; a node restarted mid-flow loses nothing; a
 * message delivered twice changes nothing; a forged one is refused and reported.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorridorExchangeTest {

    private static CorridorNodes nodes;

    @BeforeAll
    static void start() {
        // China grants Kazakhstan its decisions but not its risk scores; Kazakhstan grants Uzbekistan no consignee contact
        nodes = new CorridorNodes(Map.of("CN", List.of("KZ"), "KZ", List.of("CN", "UZ"), "UZ", List.of("KZ")),
                Map.of("CN-KZ", "FILING,CONSIGNEE_CONTACT,DECISION,TRANSIT", "KZ-UZ", "FILING,RISK,DECISION,TRANSIT"));
        for (String administration : List.of("CN", "KZ", "UZ")) {
            nodes.start(administration);
        }
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    /** A manifest filed in China for Uzbekistan, through Kazakhstan by road. */
    private static Map<String, Object> throughKazakhstan(String ref, List<Map<String, Object>> lines) {
        Map<String, Object> m = Filings.manifest(ref, "UZ", lines);
        m.put("transportMode", "ROAD");
        m.put("departure", Map.of("country", "CN", "location", "CNKHG"));
        m.put("route", List.of("CN", "KZ", "UZ"));
        return m;
    }

    private static Map<String, Object> parcel(String trackingNumber, String hsCode, String value) {
        return Filings.line(trackingNumber, null, null, "UZ", null, "Dilnoza Karimova", hsCode, 1, value, "0.4");
    }

    private static String fileAtOrigin(String... trackingNumbers) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String tn : trackingNumbers) {
            lines.add(parcel(tn, "6109100010", "25"));
        }
        String ref = Filings.unique("CN-KZ-UZ-");
        assertThat(nodes.api("CN").post("/api/v1/manifests", nodes.courierToken("CN"), UUID.randomUUID().toString(),
                throughKazakhstan(ref, lines)).status()).isEqualTo(202);
        return ref;
    }

    private static JsonNode passage(String administration, String trackingNumber) {
        org.caravan.simulator.CaravanClient.Reply reply = nodes.api(administration).get("/api/v1/exchange/passages/" + trackingNumber,
                nodes.officerToken(administration));
        return reply.status() == 200 ? reply.body() : null;
    }

    private static int casesAt(String administration, String trackingNumber) {
        return nodes.jdbc(administration).queryForObject("select count(*) from clearance_case where tracking_number = ?",
                Integer.class, trackingNumber);
    }

    private static JsonNode awaitDecisionInUzbekistan(String trackingNumber) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> casesAt("UZ", trackingNumber) == 1);
        return nodes.api("UZ").awaitDecision(trackingNumber, nodes.officerToken("UZ"));
    }

    @Test
    @Order(1)
    void aParcelFiledOnceAtTheOriginIsDecidedAtTheDestinationWithTheTransitRecorded() {
        String clean = Filings.unique("CKU");
        String cheapPhone = Filings.unique("CKU");
        Map<String, Object> withPostcode = parcel(clean, "6109100010", "25");
        withPostcode.put("consignee", Map.of("name", "Dilnoza Karimova", "address",
                Map.of("city", "Tashkent", "postcode", "100017", "country", "UZ")));
        List<Map<String, Object>> lines = List.of(withPostcode,
                // a smartphone at 5 USD: every administration's profile finds it undervalued
                parcel(cheapPhone, "8517130000", "5"));
        assertThat(nodes.api("CN").post("/api/v1/manifests", nodes.courierToken("CN"), UUID.randomUUID().toString(),
                throughKazakhstan(Filings.unique("CN-KZ-UZ-"), lines)).status()).isEqualTo(202);

        JsonNode decided = awaitDecisionInUzbekistan(clean);
        assertThat(decided.path("jurisdictions").toString()).isEqualTo("[\"UZ\"]");
        // Uzbekistan's risk weighed what China and Kazakhstan found, beside its own reasons
        assertThat(awaitDecisionInUzbekistan(cheapPhone).path("cases").toString()).contains("upstream-selected");
        // nobody decided for Uzbekistan but Uzbekistan, and China and Kazakhstan cleared nothing for import
        assertThat(casesAt("CN", clean) + casesAt("KZ", clean)).isZero();

        JsonNode transit = passage("KZ", clean);
        assertThat(transit.path("role").asString()).isEqualTo("TRANSIT");
        assertThat(transit.path("previousAdministration").asString()).isEqualTo("CN");
        assertThat(transit.path("nextAdministration").asString()).isEqualTo("UZ");
        assertThat(transit.path("results").findValuesAsString("administration")).containsExactly("CN", "KZ");

        // each partner got what it was granted and no more
        JsonNode fromChina = transit.path("results").get(0);
        assertThat(fromChina.path("decision").asString()).isEqualTo("CLEARED");
        assertThat(fromChina.has("score")).isFalse();
        assertThat(fromChina.has("lane")).isFalse();
        assertThat(transit.path("results").get(1).has("score")).isTrue();
        assertThat(nodes.jdbc("KZ").queryForObject("select shared_filing from corridor_passage where tracking_number = ?",
                String.class, clean)).contains("100017");
        assertThat(nodes.jdbc("UZ").queryForObject("select shared_filing from corridor_passage where tracking_number = ?",
                String.class, clean)).doesNotContain("100017").contains("Tashkent");
        assertThat(nodes.jdbc("UZ").queryForObject("select consignee_postcode from consignment where tracking_number = ?",
                String.class, clean)).isNull();

        JsonNode destination = passage("UZ", clean);
        assertThat(destination.path("role").asString()).isEqualTo("DESTINATION");
        assertThat(destination.path("results").findValuesAsString("administration")).containsExactly("CN", "KZ");

        // the upstream selections reach Uzbekistan's risk as signals; the clean parcel carries none
        assertThat(nodes.jdbc("UZ").queryForObject("select match_signals from consignment where tracking_number = ?",
                String.class, cheapPhone)).contains("UPSTREAM_SELECTED:CN (origin) selected it for control")
                .contains("UPSTREAM_SELECTED:KZ (transit) selected it for control: value-floor-smartphones");
        assertThat(nodes.jdbc("UZ").queryForObject("select coalesce(match_signals, '') from consignment"
                + " where tracking_number = ?", String.class, clean)).doesNotContain("UPSTREAM_SELECTED");

        // the courier reports the goods entering and leaving Kazakhstan; Uzbekistan learns of both
        Api kz = nodes.api("KZ");
        String courier = nodes.courierToken("KZ");
        assertThat(kz.post("/api/v1/exchange/passages/" + clean + "/transit-events", courier, null,
                Map.of("event", "ENTRY", "location", "KZNZH")).status()).isEqualTo(201);
        assertThat(kz.post("/api/v1/exchange/passages/" + clean + "/transit-events", courier, null,
                Map.of("event", "ENTRY", "location", "KZNZH")).status()).isEqualTo(200);
        assertThat(kz.post("/api/v1/exchange/passages/" + clean + "/transit-events", courier, null,
                Map.of("event", "EXIT")).status()).isEqualTo(201);
        assertThat(kz.post("/api/v1/exchange/passages/" + clean + "/transit-events", courier, null,
                Map.of("event", "LOST")).status()).isEqualTo(422);
        // another courier cannot report this courier's parcel
        String other = "other-courier-" + nodes.run;
        nodes.node("KZ").getBean(org.caravan.party.Parties.class).register(other, CorridorNodes.SECRET, "Other courier",
                org.caravan.party.Role.COURIER, java.util.Optional.empty());
        assertThat(kz.post("/api/v1/exchange/passages/" + clean + "/transit-events", kz.token(other, CorridorNodes.SECRET),
                null, Map.of("event", "EXIT")).status()).isEqualTo(404);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> passage("UZ", clean).path("transitEvents")
                .findValuesAsString("event").containsAll(List.of("ENTRY", "EXIT")));

        // the goods arrive in Uzbekistan: Kazakhstan's transit is completed, and China learns it too
        assertThat(nodes.api("UZ").post("/api/v1/consignments/" + clean + "/arrival", nodes.courierToken("UZ"), null,
                Map.of()).status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "TRANSIT_COMPLETED".equals(passage("KZ", clean).path("status").asString()));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "COMPLETED".equals(passage("CN", clean).path("status").asString()));
        assertThat(passage("KZ", clean).path("transitEvents").findValuesAsString("event"))
                .containsExactly("ENTRY", "EXIT", "COMPLETED");
    }

    @Test
    @Order(1)
    void eachNodePublishesItsKeyAndKeepsItsPassagesToItsAdministration() {
        JsonNode published = nodes.api("KZ").get("/api/v1/exchange/key", null).body();
        assertThat(published.path("keys").get(0).path("kid").asString()).isEqualTo(nodes.key("KZ").getKeyID());
        assertThat(published.path("keys").get(0).has("d")).isFalse();
        String tn = Filings.unique("CKU");
        fileAtOrigin(tn);
        awaitDecisionInUzbekistan(tn);
        assertThat(nodes.api("KZ").get("/api/v1/exchange/passages/" + tn, null).status()).isEqualTo(401);
        assertThat(nodes.api("KZ").get("/api/v1/exchange/passages/" + tn, nodes.officerToken("UZ")).status()).isEqualTo(401);
        assertThat(nodes.api("KZ").get("/api/v1/exchange/passages/" + tn, nodes.courierToken("KZ")).status()).isEqualTo(403);
        assertThat(passage("KZ", tn)).isNotNull();
    }

    @Test
    @Order(2)
    void aMessageDeliveredAgainChangesNothing() {
        String tn = Filings.unique("CKU");
        fileAtOrigin(tn);
        awaitDecisionInUzbekistan(tn);
        nodes.kafka.awaitCaughtUp(nodes.inboundGroup("UZ"), nodes.inboundTopic("UZ"), Duration.ofSeconds(30));
        int inbound = count("UZ", "corridor_inbound");
        int refusals = count("UZ", "corridor_refusal");
        int cases = count("UZ", "clearance_case");

        // every message Uzbekistan has ever received, delivered a second time
        List<ConsumerRecord<byte[], byte[]>> all = read(nodes.inboundTopic("UZ"));
        assertThat(all).isNotEmpty();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> r : all) {
                producer.send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers()));
            }
        }
        nodes.kafka.awaitCaughtUp(nodes.inboundGroup("UZ"), nodes.inboundTopic("UZ"), Duration.ofSeconds(30));
        assertThat(count("UZ", "corridor_inbound")).isEqualTo(inbound);
        assertThat(count("UZ", "corridor_refusal")).isEqualTo(refusals);
        assertThat(count("UZ", "clearance_case")).isEqualTo(cases);
    }

    @Test
    @Order(3)
    void aMessageWithABadSignatureIsRefusedAndReported() throws Exception {
        int cases = count("UZ", "clearance_case");
        String tn = Filings.unique("FORGED");
        // Kazakhstan's key id, but signed with another key: what a forger holding no key of Kazakhstan's can do
        CorridorMessage forged = new CorridorMessage(1, UUID.randomUUID(), CorridorMessage.Kind.CONSIGNMENT_SHARED, "KZ", "UZ",
                java.time.Instant.now(), tn, List.of("CN", "KZ", "UZ"), null, List.of(), null);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(nodes.key("KZ").getKeyID())
                .type(new JOSEObjectType("caravan-corridor+jws")).build(),
                new Payload(org.caravan.support.Api.JSON.writeValueAsBytes(forged)));
        jws.sign(new ECDSASigner(CorridorKeys.generate("KZ")));
        send(nodes.inboundTopic("UZ"), tn, jws.serialize());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("UZ", "corridor_refusal") > 0
                && refusals().toString().contains(tn.isEmpty() ? "" : "does not verify"));
        JsonNode refusals = refusals();
        assertThat(refusals.get(0).path("reason").asString()).contains("does not verify with KZ's published key");
        assertThat(refusals.get(0).path("topic").asString()).isEqualTo(nodes.inboundTopic("UZ"));
        assertThat(count("UZ", "clearance_case")).isEqualTo(cases);
        assertThat(passage("UZ", tn)).isNull();
        // well signed, but a tracking number no column holds: refused, not retried for ever
        String overlong = "X".repeat(65);
        CorridorMessage malformed = new CorridorMessage(1, UUID.randomUUID(), CorridorMessage.Kind.TRANSIT_EVENT, "KZ", "UZ",
                java.time.Instant.now(), overlong, List.of("CN", "KZ", "UZ"), null, List.of(), null);
        JWSObject signed = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(nodes.key("KZ").getKeyID())
                .type(new JOSEObjectType("caravan-corridor+jws")).build(),
                new Payload(org.caravan.support.Api.JSON.writeValueAsBytes(malformed)));
        signed.sign(new ECDSASigner(nodes.key("KZ")));
        send(nodes.inboundTopic("UZ"), "overlong", signed.serialize());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> refusals().toString().contains("tracking number over 64 characters"));
        nodes.kafka.awaitCaughtUp(nodes.inboundGroup("UZ"), nodes.inboundTopic("UZ"), Duration.ofSeconds(30));

        // an officer of another administration does not read Uzbekistan's refusals
        assertThat(nodes.api("UZ").get("/api/v1/exchange/refusals", nodes.officerToken("KZ")).status()).isIn(401, 404);
    }

    @Test
    @Order(4)
    void aNodeRestartedMidFlowLosesNothing() {
        for (String restarted : List.of("KZ", "UZ", "CN")) {
            String tn = Filings.unique("RESTART-" + restarted);
            if (restarted.equals("CN")) {
                fileAtOrigin(tn);
                nodes.stop("CN");
            } else {
                nodes.stop(restarted);
                fileAtOrigin(tn);
            }
            nodes.start(restarted);
            awaitDecisionInUzbekistan(tn);
            assertThat(passage("KZ", tn).path("role").asString()).isEqualTo("TRANSIT");
            assertThat(casesAt("UZ", tn)).isEqualTo(1);
        }
    }

    private static JsonNode refusals() {
        return nodes.api("UZ").get("/api/v1/exchange/refusals", nodes.officerToken("UZ")).body();
    }

    private static int count(String administration, String table) {
        return nodes.jdbc(administration).queryForObject("select count(*) from " + table, Integer.class);
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, nodes.kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                if (!records.isEmpty() && consumer.assignment().stream()
                        .allMatch(p -> consumer.position(p) >= consumer.endOffsets(List.of(p)).get(p))) {
                    break;
                }
            }
            return records;
        }
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, nodes.kafka.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void send(String topic, String key, String compactJws) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
                    compactJws.getBytes(StandardCharsets.US_ASCII));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", CorridorMessage.TYPE.getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "caravan:corridor:KZ".getBytes(StandardCharsets.UTF_8))
                    .add("content-type", "application/jose".getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
    }
}
