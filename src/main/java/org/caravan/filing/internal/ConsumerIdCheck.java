package org.caravan.filing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.party.ConsumerId;
import org.caravan.party.ConsumerIdStanding;
import org.caravan.party.ConsumerIds;
import org.springframework.stereotype.Component;

/**
 * A consumer id quoted on a filing: its form (and check digit) when the filing is read, so
 * a national identity number or a typo is refused without a query; then, for a whole chunk
 * of parcels at once, whether it was issued and is not revoked, and which person it stands for.
 */
@Component
class ConsumerIdCheck {

    private final ConsumerIds consumerIds;

    ConsumerIdCheck(ConsumerIds consumerIds) {
        this.consumerIds = consumerIds;
    }

    /** The id when it is given and well formed; a problem at {@code pointer} when it is given and is not. */
    static Optional<String> form(Violations v, String pointer, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!ConsumerId.isWellFormed(value)) {
            v.add(pointer, "not-a-consumer-id", "must be a consumer id such as \"KZ-P123456789018\": the issuing "
                    + "country, -P and 12 digits, the last a check digit; never a national identity number");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * Looks up every consumer id of {@code filings} in one batched query; the standing of
     * each id found, and a problem (at {@code pointer} of its index) for each filing whose
     * id is unknown or revoked.
     */
    <T> Map<String, ConsumerIdStanding> standing(List<T> filings, Function<T, Optional<String>> consumerId,
            IntFunction<String> pointer, List<Violation> problems) {
        Set<String> ids = new HashSet<>();
        filings.forEach(f -> consumerId.apply(f).ifPresent(ids::add));
        Map<String, ConsumerIdStanding> found = consumerIds.standing(ids);
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < filings.size(); i++) {
            Optional<String> id = consumerId.apply(filings.get(i));
            if (id.isEmpty()) {
                continue;
            }
            ConsumerIdStanding standing = found.get(id.get());
            if (standing == null) {
                refused.add(new Violation(pointer.apply(i), "consumer-id-unknown",
                        "no consumer id " + id.get() + " was issued"));
            } else if (standing.revoked()) {
                refused.add(new Violation(pointer.apply(i), "consumer-id-revoked",
                        "consumer id " + id.get() + " was revoked; the consumer quotes their current id"));
            }
        }
        problems.addAll(refused);
        return found;
    }
}
