/** Party storage, client secrets, the built-in token issuer and how a request's caller is resolved. */
package org.caravan.party.internal;
