/** The HTTP endpoints of quotes, the request as sent and the answer. */
package org.caravan.filing.internal.quotes.web;
