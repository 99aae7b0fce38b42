/** The corridor over HTTP. */
package org.caravan.exchange.internal.corridor.web;
