/** The table of quotes given. */
package org.caravan.filing.internal.quotes.store;
