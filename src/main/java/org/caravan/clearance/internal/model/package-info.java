/**
 * The clearance case as plain Java: the aggregate that alone changes a case's status, its
 * typed assessment, the decision policy and the repository it is kept in. No framework,
 * SQL or JSON here.
 */
package org.caravan.clearance.internal.model;
