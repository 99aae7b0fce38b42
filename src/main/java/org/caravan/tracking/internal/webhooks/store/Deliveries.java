package org.caravan.tracking.internal.webhooks.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.tracking.internal.webhooks.SecretBox;
import org.caravan.tracking.internal.webhooks.Subscription;
import org.caravan.tracking.internal.webhooks.WebhookEvent;
import org.caravan.tracking.internal.webhooks.WebhookEventType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery queue: one row per event and subscription. A delivery is sent only when it is
 * the earliest unfinished one (by its event's time) of its consignment for its subscription,
 * so a receiver sees a consignment's events in order even across retries, replays and
 * dispatchers on other instances; claiming is a conditional update, so of two dispatchers
 * only one wins a row.
 */
@Repository
public class Deliveries {

    public enum Status { PENDING, SENDING, DELIVERED, DEAD_LETTERED }

    /** An event to store and the subscriptions it goes to. */
    public record Outgoing(WebhookEvent event, String body, List<UUID> subscriptions) {
    }

    /** A claimed delivery; {@code claimedUntil}, its lease, tells this claim from a later one of the same row. */
    public record Claimed(long seq, UUID subscriptionId, UUID eventId, int attempts, String body, Instant claimedUntil) {
    }

    public record Logged(long seq, UUID eventId, String eventType, String subject, Instant occurredAt, Status status,
            int attempts, Optional<Integer> lastResponseCode, Optional<String> lastError, Optional<Instant> lastAttemptAt,
            Optional<Instant> nextAttemptAt, Optional<Instant> deliveredAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Deliveries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores the events and their deliveries, in batches; what was stored before adds nothing. */
    public void enqueue(List<Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into webhook_event (id, event_type, subject, occurred_at, body) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", outgoing, 1000, (ps, o) -> {
                    ps.setObject(1, o.event().id());
                    ps.setString(2, o.event().type().type());
                    ps.setString(3, o.event().subject());
                    ps.setTimestamp(4, Timestamp.from(o.event().time()));
                    ps.setString(5, o.body());
                });
        record Row(UUID subscription, WebhookEvent event) {
        }
        List<Row> rows = new ArrayList<>();
        outgoing.forEach(o -> o.subscriptions().forEach(s -> rows.add(new Row(s, o.event()))));
        Timestamp now = Timestamp.from(Instant.now());
        template.batchUpdate("insert into webhook_delivery (subscription_id, event_id, subject, occurred_at, status, "
                + "attempts, next_attempt_at, created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?) on conflict do nothing",
                rows, 1000, (ps, r) -> {
                    ps.setObject(1, r.subscription());
                    ps.setObject(2, r.event().id());
                    ps.setString(3, r.event().subject());
                    ps.setTimestamp(4, Timestamp.from(r.event().time()));
                    ps.setTimestamp(5, now);
                    ps.setTimestamp(6, now);
                });
    }

    /**
     * Claims up to {@code limit} of the subscription's due deliveries that head their
     * consignment's queue, and reclaims those whose sender's lease ran out (it died).
     */
    public List<Claimed> claim(UUID subscriptionId, int limit, Instant now, Instant leaseUntil) {
        Timestamp at = Timestamp.from(now);
        // as the store keeps it, so that finishing can match it exactly
        Instant until = leaseUntil.truncatedTo(ChronoUnit.MILLIS);
        List<long[]> due = jdbc.sql("""
                select d.seq, d.attempts from webhook_delivery d
                where d.subscription_id = :s
                  and ((d.status = 'PENDING' and d.next_attempt_at <= :now) or (d.status = 'SENDING' and d.claimed_until < :now))
                  and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id
                                  and e.subject = d.subject and e.status in ('PENDING', 'SENDING')
                                  and (e.occurred_at < d.occurred_at or (e.occurred_at = d.occurred_at and e.seq < d.seq)))
                order by d.seq fetch first :limit rows only""")
                .param("s", subscriptionId).param("now", at).param("limit", limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
        List<Claimed> claimed = new ArrayList<>(due.size());
        for (long[] d : due) {
            int won = jdbc.sql("update webhook_delivery set status = 'SENDING', claimed_until = ? where seq = ? "
                    + "and (status = 'PENDING' or (status = 'SENDING' and claimed_until < ?))")
                    .params(Timestamp.from(until), d[0], at).update();
            if (won == 1) {
                jdbc.sql("select d.event_id, e.body from webhook_delivery d join webhook_event e on e.id = d.event_id "
                        + "where d.seq = ?").param(d[0])
                        .query((rs, n) -> new Claimed(d[0], subscriptionId, rs.getObject(1, UUID.class), (int) d[1],
                                rs.getString(2), until))
                        .optional().ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /**
     * Records the claim's delivery. Only while the row is still that claim's: a sender finishing
     * after its lease ran out and another took the row over changes nothing.
     */
    public void delivered(Claimed c, int code, Instant at) {
        jdbc.sql("update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, "
                + "last_response_code = ?, last_error = null, delivered_at = ?, claimed_until = null "
                + "where seq = ? and status = 'SENDING' and claimed_until = ?")
                .params(Timestamp.from(at), code, Timestamp.from(at), c.seq(), Timestamp.from(c.claimedUntil())).update();
    }

    /** A failed attempt of the claim: due again at {@code retryAt}, or dead-lettered when that is empty. */
    public void failed(Claimed c, Integer code, String error, Instant at, Optional<Instant> retryAt) {
        jdbc.sql("update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?, "
                + "last_response_code = ?, last_error = ?, next_attempt_at = ?, claimed_until = null "
                + "where seq = ? and status = 'SENDING' and claimed_until = ?")
                .params(retryAt.isPresent() ? "PENDING" : "DEAD_LETTERED", Timestamp.from(at), code,
                        error.length() > 300 ? error.substring(0, 300) : error, Timestamp.from(retryAt.orElse(at)), c.seq(),
                        Timestamp.from(c.claimedUntil()))
                .update();
    }

    /**
     * Sends again every finished delivery of the subscription whose event happened at or after
     * {@code from}: same event ids, fresh attempts. Ones still queued keep their turn.
     */
    public int replay(UUID subscriptionId, Instant from) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now, delivered_at = null
                where subscription_id = :s and status in ('DELIVERED', 'DEAD_LETTERED')
                  and event_id in (select id from webhook_event where occurred_at >= :from)""")
                .param("now", now).param("s", subscriptionId).param("from", Timestamp.from(from)).update();
    }

    /**
     * Forgets finished deliveries of events that happened before {@code before}, and the events
     * no delivery refers to any more. Queued ones stay, however old (a long-paused subscription).
     */
    public int purge(Instant before) {
        Timestamp cutoff = Timestamp.from(before);
        int purged = jdbc.sql("delete from webhook_delivery where occurred_at < ? and status in ('DELIVERED', 'DEAD_LETTERED')")
                .param(cutoff).update();
        jdbc.sql("delete from webhook_event where occurred_at < ? and not exists "
                + "(select 1 from webhook_delivery d where d.event_id = webhook_event.id)").param(cutoff).update();
        return purged;
    }

    public List<Logged> log(UUID subscriptionId, long after, int limit) {
        return jdbc.sql("""
                select d.seq, d.event_id, e.event_type, d.subject, e.occurred_at, d.status, d.attempts, d.last_response_code,
                       d.last_error, d.last_attempt_at, d.next_attempt_at, d.delivered_at
                from webhook_delivery d join webhook_event e on e.id = d.event_id
                where d.subscription_id = ? and d.seq > ? order by d.seq fetch first ? rows only""")
                .params(subscriptionId, after, limit).query((rs, n) -> {
                    Status status = Status.valueOf(rs.getString(6));
                    int code = rs.getInt(8);
                    Optional<Integer> lastCode = rs.wasNull() ? Optional.empty() : Optional.of(code);
                    return new Logged(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), status, rs.getInt(7), lastCode, Optional.ofNullable(rs.getString(9)),
                            Optional.ofNullable(rs.getTimestamp(10)).map(Timestamp::toInstant),
                            status == Status.PENDING ? Optional.of(rs.getTimestamp(11).toInstant()) : Optional.empty(),
                            Optional.ofNullable(rs.getTimestamp(12)).map(Timestamp::toInstant));
                }).list();
    }
}
