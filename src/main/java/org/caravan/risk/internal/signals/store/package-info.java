/** The table of unit price statistics the undervaluation signal learned. */
package org.caravan.risk.internal.signals.store;
