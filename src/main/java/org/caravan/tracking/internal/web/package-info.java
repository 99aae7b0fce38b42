/** The consumer's tracking answer over HTTP. */
package org.caravan.tracking.internal.web;
