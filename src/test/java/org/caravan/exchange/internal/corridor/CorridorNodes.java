package org.caravan.exchange.internal.corridor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.CaravanApplication;
import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.caravan.support.Api;
import org.caravan.support.Filings;
import org.caravan.support.KafkaBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.nimbusds.jose.jwk.ECKey;

/**
 * Corridor nodes in one JVM, one per administration, each with its own database (an H2
 * store in memory that outlives a restart of its node) and the same Kafka broker. A node is
 * started, stopped and started again with the same keys and settings, as a restarted
 * process would be.
 */
final class CorridorNodes implements AutoCloseable {

    static final String SECRET = "test-secret-1";

    final KafkaBroker kafka = new KafkaBroker();
    final String run = Filings.unique("").toLowerCase();
    final String topicPrefix = "corridor-" + run;
    final String courier = "courier-" + run;
    private final Path keys;
    private final Map<String, ECKey> keyOf = new LinkedHashMap<>();
    private final Map<String, List<String>> partnersOf;
    private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();

    private final Map<String, String> shares;

    /**
     * {@code partners} names, for each administration, the ones it exchanges with; {@code shares}
     * what an administration grants a partner (keyed FROM-TO, e.g. CN-KZ), everything when absent.
     */
    CorridorNodes(Map<String, List<String>> partners, Map<String, String> shares) {
        this.partnersOf = partners;
        this.shares = shares;
        try {
            this.keys = Files.createTempDirectory("corridor-keys");
            for (String administration : partners.keySet()) {
                ECKey key = CorridorKeys.generate(administration);
                keyOf.put(administration, key);
                Files.writeString(keys.resolve(administration + ".jwk"), key.toJSONString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ECKey key(String administration) {
        return keyOf.get(administration);
    }

    String inboundTopic(String administration) {
        return topicPrefix + "." + administration;
    }

    String inboundGroup(String administration) {
        return topicPrefix + "." + administration + ".inbound";
    }

    ConfigurableApplicationContext start(String administration) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:corridor-" + run + "-" + administration
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--caravan.kafka.prefix=caravan-" + run + "-" + administration.toLowerCase(),
                "--caravan.kafka.partitions=2", "--caravan.kafka.resubmit-after=PT5S", "--caravan.kafka.resubmit-every=PT2S",
                "--spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                "--caravan.clearance.jurisdictions=" + administration,
                "--caravan.exchange.administration=" + administration,
                "--caravan.exchange.topic-prefix=" + topicPrefix,
                "--caravan.exchange.key-file=" + keys.resolve(administration + ".jwk")));
        for (String partner : partnersOf.get(administration)) {
            args.add("--caravan.exchange.partners[" + partner + "].key=" + keyOf.get(partner).toPublicJWK().toJSONString());
            args.add("--caravan.exchange.partners[" + partner + "].shares=" + shares.getOrDefault(administration + "-" + partner,
                    "FILING,CONSIGNEE_CONTACT,RISK,DECISION,TRANSIT"));
        }
        ConfigurableApplicationContext node = new SpringApplicationBuilder(CaravanApplication.class)
                .profiles("test", "kafka").run(args.toArray(String[]::new));
        Parties parties = node.getBean(Parties.class);
        if (parties.byClientId(courier).isEmpty()) {
            // the courier of the route is registered with every administration it files with or passes through
            parties.register(courier, SECRET, "Silk Road Express", Role.COURIER, Optional.empty());
            parties.register("officer-" + run + "-" + administration, SECRET, "Officer " + administration, Role.OFFICER,
                    Optional.of(CountryCode.of(administration)));
        }
        running.put(administration, node);
        return node;
    }

    void stop(String administration) {
        ConfigurableApplicationContext node = running.remove(administration);
        if (node != null) {
            node.close();
        }
    }

    ConfigurableApplicationContext node(String administration) {
        return running.get(administration);
    }

    Api api(String administration) {
        return new Api(((WebServerApplicationContext) node(administration)).getWebServer().getPort());
    }

    String courierToken(String administration) {
        return api(administration).token(courier, SECRET);
    }

    String officerToken(String administration) {
        return api(administration).token("officer-" + run + "-" + administration, SECRET);
    }

    JdbcTemplate jdbc(String administration) {
        return node(administration).getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        new ArrayList<>(running.keySet()).forEach(this::stop);
        kafka.close();
    }
}
