/** How the audit trail collects a transaction's entries, writes them and signs its head. */
package org.caravan.common.audit.internal;
