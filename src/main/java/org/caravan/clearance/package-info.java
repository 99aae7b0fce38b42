/**
 * Clearance: the case per consignment and jurisdiction; assessment under the dated
 * regime (de minimis, duties and taxes, FX), the decision, arrival, officer tasks and
 * their results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clearance")
package org.caravan.clearance;
