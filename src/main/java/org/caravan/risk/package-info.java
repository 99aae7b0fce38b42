/**
 * Risk: risk profiles (rules), watchlist screening, and selectivity (targeted and
 * random) that puts each consignment in a lane. Model scoring and sandboxes come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.caravan.risk;
