package org.caravan.party;

/**
 * What filing needs to know of a consumer id quoted on an order or a manifest: whether it
 * may be used, and the person it stands for. {@code personKey} ({@code person:<uuid>}) is
 * the same for every id the person was ever issued, so quotas follow the person.
 */
public record ConsumerIdStanding(String consumerId, String personKey, boolean revoked) {
}
