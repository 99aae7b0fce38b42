/** Risk's tables: inspection labels, sandbox runs and what they screened. */
package org.caravan.risk.internal.store;
