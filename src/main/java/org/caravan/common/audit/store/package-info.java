/** The audit chain's entries, its head row and the witnessed heads in their tables. */
package org.caravan.common.audit.store;
