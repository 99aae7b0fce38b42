package org.caravan.party;

import java.time.Instant;

/**
 * A filing's detached JWS that verified against a signing key its party registered: the
 * JWS as sent, the key id and algorithm it names, and when it was verified.
 */
public record VerifiedSignature(String jws, String kid, String alg, Instant verifiedAt) {
}
