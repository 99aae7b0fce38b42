/** The corridor's tables. */
package org.caravan.exchange.internal.corridor.store;
