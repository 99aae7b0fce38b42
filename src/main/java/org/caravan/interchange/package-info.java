/**
 * Interchange: UN/EDIFACT (CUSCAR and CUSDEC in; CONTRL, CUSRES, IFTSTA out) and WCO Data
 * Model XML (declarations in, response notifications out), mapped to filing through its
 * public {@code ManifestFiling} and {@code OrderFiling} and answered from clearance events.
 */
@org.springframework.modulith.ApplicationModule
package org.caravan.interchange;
