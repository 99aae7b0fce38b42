/** Filing use cases: orders and manifests validated, matched three ways and stored idempotently. */
package org.caravan.filing.internal;
