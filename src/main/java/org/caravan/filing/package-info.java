/**
 * Filing: platform orders with payment records at checkout, courier manifests before
 * arrival; validation, idempotency and three-way matching of order and manifest line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Filing")
package org.caravan.filing;
