/** The final-mile rules in plain Java: which courier reports a parcel's last mile may take, in any order. */
package org.caravan.tracking.internal.model;
