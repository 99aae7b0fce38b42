/** HTTP endpoints of the interchange module: EDIFACT and WCO filings in, each partner's outbound messages out. */
package org.caravan.interchange.internal.web;
