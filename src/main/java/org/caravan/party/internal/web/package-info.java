/** The party registry and the issuer's signing keys as administrators reach them over the API. */
package org.caravan.party.internal.web;
