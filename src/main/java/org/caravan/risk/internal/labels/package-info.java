/** Inspection results as labels, in the {@code inspection_label} table. */
package org.caravan.risk.internal.labels;
