/** The clearance module's HTTP adapter: consignment views, arrival reports and the officers' task queues. */
package org.caravan.clearance.internal.web;
