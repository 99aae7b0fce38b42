/** Landed-cost quotes at checkout: validated, computed under the dated regime, kept, and compared with the order filed with them. */
package org.caravan.filing.internal.quotes;
