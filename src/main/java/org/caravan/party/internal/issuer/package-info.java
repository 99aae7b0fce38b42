/**
 * The built-in OAuth 2.0 authorization server (Spring Authorization Server) for client
 * credentials: the parties as its registered clients, their tokens kept for revocation and
 * introspection, and the guards Caravan puts in front of it.
 */
package org.caravan.party.internal.issuer;
