/** The risk module's tables: the versions of the risk profiles loaded. */
package org.caravan.risk.internal.store;
