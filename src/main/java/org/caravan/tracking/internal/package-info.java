/** Parcel timelines recorded from filing and clearance events, and the consumer's tracking view. */
package org.caravan.tracking.internal;
