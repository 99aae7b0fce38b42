/**
 * WCO Data Model XML: declarations read with every XML attack refused, validated against
 * the DMS schemas and mapped to manifest filings; response notifications written as the
 * DMS response schema describes them.
 */
package org.caravan.interchange.internal.wco;
