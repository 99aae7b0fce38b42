/** Payments and refunds in their tables, and the cases a statement reads. */
package org.caravan.clearance.internal.payments.store;
