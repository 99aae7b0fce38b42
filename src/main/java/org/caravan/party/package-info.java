/**
 * Parties and trust: platforms, couriers, administrations and their officers; client
 * credentials, roles, the built-in token issuer and who the caller of a request is.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parties and identity")
package org.caravan.party;
