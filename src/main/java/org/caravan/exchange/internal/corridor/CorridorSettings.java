package org.caravan.exchange.internal.corridor;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A corridor node: the administration it serves, its signing key, and its partners, each
 * with its published public key (a JWK, inline or in a file) and what is shared with it.
 * Messages to administration CC go to the topic {@code <topic-prefix>.CC}.
 */
@ConfigurationProperties("caravan.exchange")
public record CorridorSettings(String administration, String keyFile, String topicPrefix, Map<String, Partner> partners) {

    public CorridorSettings {
        topicPrefix = topicPrefix == null || topicPrefix.isBlank() ? "corridor" : topicPrefix;
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    public record Partner(String key, String keyFile, Set<Share> shares) {

        public Partner {
            shares = shares == null ? Set.of() : Set.copyOf(shares);
        }
    }

    public Optional<Partner> partner(String administration) {
        return Optional.ofNullable(partners.get(administration));
    }

    public String inboundTopic(String of) {
        return topicPrefix + "." + of;
    }

    public String source() {
        return "caravan:corridor:" + administration;
    }
}
