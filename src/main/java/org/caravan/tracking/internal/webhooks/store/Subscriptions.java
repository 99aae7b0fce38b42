package org.caravan.tracking.internal.webhooks.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.caravan.common.Ids;
import org.caravan.party.Role;
import org.caravan.tracking.internal.webhooks.SecretBox;
import org.caravan.tracking.internal.webhooks.Subscription;
import org.caravan.tracking.internal.webhooks.WebhookEvent;
import org.caravan.tracking.internal.webhooks.WebhookEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The subscriptions, their sealed secrets, and their deliveries' removal with them. */
@Repository
public class Subscriptions {

    private static final String COLUMNS = "id, party_id, party_role, client_id, url, event_types, paused, "
            + "previous_secret_until, created_at";

    private final JdbcClient jdbc;
    private final SecretBox box;

    Subscriptions(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    public Subscription create(UUID partyId, Role role, String clientId, String url, Iterable<WebhookEventType> types,
            String secret) {
        Subscription s = new Subscription(Ids.next(), partyId, role, clientId, url, copy(types), false, Optional.empty(),
                Instant.now());
        jdbc.sql("insert into webhook_subscription (id, party_id, party_role, client_id, url, event_types, secret, "
                + "paused, created_at) values (?, ?, ?, ?, ?, ?, ?, false, ?)")
                .params(s.id(), partyId, role.name(), clientId, url, joined(s), box.seal(secret), Timestamp.from(s.createdAt()))
                .update();
        return s;
    }

    /** The subscription if it is {@code partyId}'s: another party's is as absent as a missing one. */
    public Optional<Subscription> of(UUID partyId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ? and party_id = ?")
                .params(id, partyId).query(Subscriptions::map).optional();
    }

    public List<Subscription> ofParty(UUID partyId) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where party_id = ? order by id")
                .param(partyId).query(Subscriptions::map).list();
    }

    public List<Subscription> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription").query(Subscriptions::map).list();
    }

    public void pause(UUID id, boolean paused) {
        jdbc.sql("update webhook_subscription set paused = ? where id = ?").params(paused, id).update();
    }

    /** The new secret signs from now on; the current one keeps signing beside it until {@code previousUntil}. */
    public void rotate(UUID id, String newSecret, Instant previousUntil) {
        jdbc.sql("update webhook_subscription set previous_secret = secret, secret = ?, previous_secret_until = ? "
                + "where id = ?").params(box.seal(newSecret), Timestamp.from(previousUntil), id).update();
    }

    @Transactional
    public void delete(UUID id) {
        jdbc.sql("delete from webhook_delivery where subscription_id = ?").param(id).update();
        jdbc.sql("delete from webhook_subscription where id = ?").param(id).update();
    }

    /** Where to send and every secret that signs at {@code now}: the current first, the previous while it overlaps. */
    public record Target(UUID id, String url, boolean paused, List<String> secrets) {
    }

    /** Throws if the current secret does not open (the key file was replaced); a previous one that does not is left out. */
    public Optional<Target> target(UUID id, Instant now) {
        return jdbc.sql("select id, url, paused, secret, previous_secret, previous_secret_until from webhook_subscription "
                + "where id = ?").param(id).query((rs, n) -> {
                    List<String> secrets = new ArrayList<>(2);
                    secrets.add(box.open(rs.getString(4)));
                    Timestamp until = rs.getTimestamp(6);
                    if (rs.getString(5) != null && until != null && until.toInstant().isAfter(now)) {
                        try {
                            secrets.add(box.open(rs.getString(5)));
                        } catch (RuntimeException e) {
                            // sealed under a key since replaced: the current secret alone still signs
                        }
                    }
                    return new Target(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), List.copyOf(secrets));
                }).optional();
    }

    private static String joined(Subscription s) {
        return s.eventTypes().stream().map(WebhookEventType::type).collect(Collectors.joining(" "));
    }

    private static EnumSet<WebhookEventType> copy(Iterable<WebhookEventType> types) {
        EnumSet<WebhookEventType> set = EnumSet.noneOf(WebhookEventType.class);
        types.forEach(set::add);
        return set;
    }

    private static Subscription map(ResultSet rs, int n) throws SQLException {
        EnumSet<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        // a type no longer known (withdrawn in a later version) is skipped, not fatal
        Arrays.stream(rs.getString(6).split(" ")).map(WebhookEventType::of).flatMap(Optional::stream).forEach(types::add);
        Timestamp until = rs.getTimestamp(8);
        return new Subscription(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), Role.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), types, rs.getBoolean(7),
                Optional.ofNullable(until).map(Timestamp::toInstant), rs.getTimestamp(9).toInstant());
    }
}
