/** The HTTP filing endpoints and the request shapes of orders and manifests (JSON and JSON Lines). */
package org.caravan.filing.internal.web;
