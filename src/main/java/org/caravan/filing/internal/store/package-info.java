/** Tables of orders, manifests, house consignments and idempotency records. */
package org.caravan.filing.internal.store;
