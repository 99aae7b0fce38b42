package org.caravan.clearance.internal.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.caravan.CaravanApplication;
import org.caravan.filing.ManifestFiled;
import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.caravan.support.KafkaBroker;
import org.caravan.support.PostgresAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Two instances of one installation, sharing one PostgreSQL schema and one Kafka broker,
 * assess a manifest together: every consignment is decided once, none twice and none lost,
 * with records delivered twice and with one instance stopped in the middle.
 */
@ExtendWith(PostgresAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesPostgresTest {

    private static final String SCHEMA = "scaleout_two_instances";
    private static final String PREFIX = "caravan-two";

    private static KafkaBroker kafka;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcTemplate jdbc;
    private static String courier;

    @BeforeAll
    static void start() {
        kafka = new KafkaBroker();
        first = instance(true);
        second = instance(false);
        jdbc = first.getBean(JdbcTemplate.class);
        String clientId = Filings.unique("courier-");
        first.getBean(Parties.class).register(clientId, "test-secret-1", "Test courier", Role.COURIER, Optional.empty());
        courier = new Api(port(first)).token(clientId, "test-secret-1");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {second, first}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    /** The first instance cleans the schema; the second finds it migrated, as a second node of a deployment does. */
    static ConfigurableApplicationContext instance(boolean clean) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA
                        + "&reWriteBatchedInserts=true",
                "--spring.flyway.schemas=" + SCHEMA, "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--caravan.kafka.prefix=" + PREFIX, "--caravan.kafka.partitions=4",
                "--caravan.kafka.assessment-concurrency=2", "--caravan.kafka.resubmit-after=PT5S", "--caravan.kafka.resubmit-every=PT2S", "--spring.kafka.consumer.properties.metadata.max.age.ms=1000"));
        if (clean) {
            new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    "jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                    System.getenv().getOrDefault("CARAVAN_TEST_DB_PASSWORD", "")))
                    .execute("drop schema if exists " + SCHEMA + " cascade");
        }
        return new SpringApplicationBuilder(CaravanApplication.class).profiles("test", "postgres", "pgtest", "kafka")
                .run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static Map<String, Object> manifest(String ref, int parcels) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < parcels; i++) {
            // recipients of their own: one recipient's parcels are assessed on one instance
            lines.add(Filings.line(Filings.unique("TWO"), null, null, "KZ", null, "Recipient " + Filings.unique(""), "6109100010", 1,
                    String.valueOf(20 + i % 200), "0.4"));
        }
        return Filings.manifest(ref, "KZ", lines);
    }

    private static int cases(String ref) {
        return jdbc.queryForObject("select count(*) from clearance_case k join manifest m on m.id = k.manifest_id"
                + " where m.manifest_ref = ?", Integer.class, ref);
    }

    private static int consignments(String ref) {
        return jdbc.queryForObject("select count(*) from consignment c join manifest m on m.id = c.manifest_id"
                + " where m.manifest_ref = ?", Integer.class, ref);
    }

    private static int decidedTwice() {
        return jdbc.queryForObject("select count(*) from (select tracking_number, jurisdiction from clearance_case"
                + " group by tracking_number, jurisdiction having count(*) > 1) twice", Integer.class);
    }

    private static List<String> assigned(ConfigurableApplicationContext context) {
        return context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(PREFIX + ".assessment")
                .getAssignedPartitions().stream().map(Object::toString).toList();
    }

    @Test
    void twoInstancesShareAManifestAndDecideEachConsignmentOnce() {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> !assigned(first).isEmpty() && !assigned(second).isEmpty());
        assertThat(assigned(first)).doesNotContainAnyElementsOf(assigned(second));

        long firstBefore = first.getBean(AssessFiledConsignments.class).decided();
        long secondBefore = second.getBean(AssessFiledConsignments.class).decided();
        String ref = Filings.unique("TWO-");
        Api api = new Api(port(first));
        assertThat(api.post("/api/v1/manifests", courier, UUID.randomUUID().toString(), manifest(ref, 3_000)).status())
                .isEqualTo(202);

        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> cases(ref) == 3_000);
        kafka.awaitCaughtUp(PREFIX + ".assessment", PREFIX + ".filings", Duration.ofSeconds(60));
        assertThat(cases(ref)).isEqualTo(consignments(ref)).isEqualTo(3_000);
        assertThat(decidedTwice()).isZero();
        // both instances decided part of it, and together all of it
        long byFirst = first.getBean(AssessFiledConsignments.class).decided() - firstBefore;
        long bySecond = second.getBean(AssessFiledConsignments.class).decided() - secondBefore;
        assertThat(byFirst).isPositive();
        assertThat(bySecond).isPositive();
        assertThat(byFirst + bySecond).isEqualTo(3_000);

        // each decision is on the decisions topic as a CloudEvent whose subject is the tracking number
        java.util.Set<String> numbers = new java.util.HashSet<>(jdbc.queryForList("select c.tracking_number from consignment c"
                + " join manifest m on m.id = c.manifest_id where m.manifest_ref = ?", String.class, ref));
        java.util.Set<String> published = new java.util.HashSet<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(), "group.id", "reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(PREFIX + ".decisions"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!published.containsAll(numbers) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    assertThat(new String(r.headers().lastHeader("ce_type").value()))
                            .isEqualTo("org.caravan.clearance.consignment-decided.v1");
                    published.add(new String(r.headers().lastHeader("ce_subject").value()));
                    assertThat(r.key()).isEqualTo(new String(r.headers().lastHeader("ce_subject").value()));
                });
            }
        }
        assertThat(published).containsAll(numbers);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anInstanceStoppedMidFlowLosesNothing() {
        String ref = Filings.unique("STOP-");
        Api api = new Api(port(second));
        assertThat(api.post("/api/v1/manifests", courier, UUID.randomUUID().toString(), manifest(ref, 4_000)).status())
                .isEqualTo(202);
        // the instance that took the filing stops at once: the other takes over its partitions and its outbox
        second.close();
        Awaitility.await().atMost(Duration.ofSeconds(180)).until(() -> cases(ref) == 4_000);
        assertThat(cases(ref)).isEqualTo(consignments(ref));
        assertThat(decidedTwice()).isZero();
    }

    @Test
    void theInstanceShowsKafkaInItsHealthAndItsConsumerLagInItsMetrics() throws Exception {
        int management = first.getEnvironment().getProperty("local.management.port", Integer.class);
        var http = java.net.http.HttpClient.newHttpClient();
        var kafkaHealth = first.getBean("kafka", org.springframework.boot.health.contributor.HealthIndicator.class).health();
        assertThat(kafkaHealth.getStatus().getCode()).isEqualTo("UP");
        assertThat(kafkaHealth.getDetails()).containsKey("clusterId");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + management + "/actuator/prometheus")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body()
                .contains("kafka_consumer_fetch_manager_records_lag_max"));
    }

    @Test
    void recordsDeliveredAgainChangeNothing() {
        String ref = Filings.unique("TWICE-");
        Api api = new Api(port(second));
        assertThat(api.post("/api/v1/manifests", courier, UUID.randomUUID().toString(), manifest(ref, 500)).status())
                .isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> cases(ref) == 500);
        List<Map<String, Object>> before = jdbc.queryForList("select k.id, k.status, k.decided_at from clearance_case k"
                + " join manifest m on m.id = k.manifest_id where m.manifest_ref = ? order by k.id", ref);

        // the outbox sends the whole manifest again, as it does after a stop between commit and acknowledgement
        UUID manifestId = jdbc.queryForObject("select id from manifest where manifest_ref = ?", UUID.class, ref);
        first.getBean(FilingsToTopic.class).on(new ManifestFiled(manifestId, ref, UUID.randomUUID(), "KZ",
                List.of("CN", "KZ"), 500, Instant.now()));
        kafka.awaitCaughtUp(PREFIX + ".assessment", PREFIX + ".filings", Duration.ofSeconds(60));

        assertThat(jdbc.queryForList("select k.id, k.status, k.decided_at from clearance_case k"
                + " join manifest m on m.id = k.manifest_id where m.manifest_ref = ? order by k.id", ref))
                .isEqualTo(before);
        assertThat(decidedTwice()).isZero();
    }
}
