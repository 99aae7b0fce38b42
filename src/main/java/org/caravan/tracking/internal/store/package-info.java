/** The tracking timeline's table. */
package org.caravan.tracking.internal.store;
