/**
 * Risk: risk profiles (rules), watchlist screening, selectivity (mandatory, targeted within
 * an inspection budget, random) that puts each consignment in a lane, inspection results as
 * labels, and the regulatory sandbox that tries candidate profiles beside production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.caravan.risk;
