package org.caravan.common.audit;

import java.time.Instant;
import java.util.Map;

/**
 * The chain head signed by this installation: {@code jws} is a compact JWS (RS256) whose
 * payload is {@code {"seq", "hash", "at"}}; {@code key} is the public JWK that checks it.
 */
public record SignedHead(long seq, String hash, Instant at, String jws, Map<String, Object> key) {
}
