/** The risk module's HTTP interface: HS suggestions for platforms at checkout. */
package org.caravan.risk.internal.web;
