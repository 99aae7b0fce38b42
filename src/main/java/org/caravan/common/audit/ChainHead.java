package org.caravan.common.audit;

import java.time.Instant;

/** The end of the chain: the last entry's {@code seq} and {@code hash} (0 and the genesis hash when empty), as of {@code at}. */
public record ChainHead(long seq, String hash, Instant at) {
}
