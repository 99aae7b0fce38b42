/**
 * Clearance use cases: assessing a filed manifest, arrival reports and officers' results,
 * each loading the case, asking it to move and keeping what it returns.
 */
package org.caravan.clearance.internal;
