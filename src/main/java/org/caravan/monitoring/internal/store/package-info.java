/** The {@code monitoring_rollup} table: appended per event batch, summed by queries. */
package org.caravan.monitoring.internal.store;
