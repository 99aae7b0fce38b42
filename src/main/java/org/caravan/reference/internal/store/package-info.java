/** The HS nomenclature, dated exchange rates and watchlists in their tables. */
package org.caravan.reference.internal.store;
