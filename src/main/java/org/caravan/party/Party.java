package org.caravan.party;

import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;

/** A registered actor: its client id doubles as the platform code couriers quote on manifests. */
public record Party(UUID id, String clientId, String name, Role role, Optional<CountryCode> administration) {
}
