/** The risk module's tables: trained model versions and their promotions. */
package org.caravan.risk.internal.store;
