/** Clearance cases, officer tasks, audit trail and recipients' allowances in their tables. */
package org.caravan.clearance.internal.store;
