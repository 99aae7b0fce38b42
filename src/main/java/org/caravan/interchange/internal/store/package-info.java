/** The interchange module's tables: outbound messages per partner and the WCO declarations received. */
package org.caravan.interchange.internal.store;
