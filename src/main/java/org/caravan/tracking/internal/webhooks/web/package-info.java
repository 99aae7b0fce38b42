/** The subscriptions API: subscribe, list, pause, rotate secrets, replay, delivery log. */
package org.caravan.tracking.internal.webhooks.web;
