/**
 * The interchange use cases: receiving EDIFACT and WCO filings through filing's public
 * door, and writing each partner's outbound messages from clearance events.
 */
package org.caravan.interchange.internal;
