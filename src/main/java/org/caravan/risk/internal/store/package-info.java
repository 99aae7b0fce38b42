/** The risk module's tables: profile versions, model versions, inspection labels, sandbox runs and what they screened. */
package org.caravan.risk.internal.store;
