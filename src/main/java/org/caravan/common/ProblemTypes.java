package org.caravan.common;

import java.net.URI;

/**
 * Every problem type the API answers with (RFC 9457), in one place: the type URI is
 * {@code /problems/<name>}. Domain refusals name theirs from here too, so a partner's
 * handling of a type never breaks on a renamed string.
 */
public final class ProblemTypes {

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String MISSING_IDEMPOTENCY_KEY = "missing-idempotency-key";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String NOT_FOUND = "not-found";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String INTERNAL = "internal";
    /** A UN/EDIFACT interchange or WCO XML document that cannot be read as sent (400). */
    public static final String INTERCHANGE_REJECTED = "interchange-rejected";

    // refusals of the domain, each a 409 unless stated
    public static final String ORDER_ALREADY_FILED = "order-already-filed";
    public static final String MANIFEST_ALREADY_FILED = "manifest-already-filed";
    public static final String FILING_IN_PROGRESS = "filing-in-progress";
    public static final String ILLEGAL_TRANSITION = "illegal-transition";
    public static final String CASE_CLOSED = "case-closed";
    public static final String GOODS_NOT_ARRIVED = "goods-not-arrived";
    public static final String TASK_COMPLETED = "task-completed";
    public static final String DOCUMENT_REQUEST_SATISFIED = "document-request-satisfied";
    public static final String DOCUMENT_REVIEWED = "document-reviewed";
    public static final String PERMIT_ALREADY_REGISTERED = "permit-already-registered";
    public static final String PERMIT_REVOKED = "permit-revoked";
    /** A payment request was paid already, by another provider transaction. */
    public static final String PAYMENT_ALREADY_CONFIRMED = "payment-already-confirmed";
    /** A refund was paid back already. */
    public static final String REFUND_ALREADY_PAID = "refund-already-paid";
    /** The person holds a consumer id of that country already (reissue replaces one). */
    public static final String CONSUMER_ID_ALREADY_ISSUED = "consumer-id-already-issued";
    /** The consumer id was revoked before. */
    public static final String CONSUMER_ID_ALREADY_REVOKED = "consumer-id-already-revoked";
    /** The consumer id was replaced by a reissue before; only the person's current id is reissued. */
    public static final String CONSUMER_ID_REPLACED = "consumer-id-replaced";
    /** A party already holds as many webhook subscriptions as it may. */
    public static final String TOO_MANY_SUBSCRIPTIONS = "too-many-subscriptions";

    private ProblemTypes() {
    }

    public static URI uri(String type) {
        return URI.create("/problems/" + type);
    }
}
