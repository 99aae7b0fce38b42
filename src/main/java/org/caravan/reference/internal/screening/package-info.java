/** Fuzzy name screening: the spelling-tolerant form of a name, token similarity and the index of listed names. */
package org.caravan.reference.internal.screening;
