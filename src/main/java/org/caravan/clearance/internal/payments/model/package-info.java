/** Payment references, payments, refunds and the reconciliation of a statement, in plain Java. */
package org.caravan.clearance.internal.payments.model;
