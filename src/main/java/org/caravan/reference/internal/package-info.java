/** Storage and file formats of reference data: nomenclature, rates, watchlists, jurisdictions. */
package org.caravan.reference.internal;
