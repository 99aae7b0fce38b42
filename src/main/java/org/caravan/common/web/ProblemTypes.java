package org.caravan.common.web;

import java.net.URI;

/** Stable problem type URIs (RFC 9457), documented under {@code /problems/...}. */
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

    private ProblemTypes() {
    }

    public static URI uri(String type) {
        return URI.create("/problems/" + type);
    }
}
