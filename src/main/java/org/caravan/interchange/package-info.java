/**
 * Interchange: UN/EDIFACT (CUSCAR, CUSDEC, CUSRES, IFTSTA) and WCO Data Model adapters mapping to filing commands and clearance outcomes. Not built yet.
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.interchange;
