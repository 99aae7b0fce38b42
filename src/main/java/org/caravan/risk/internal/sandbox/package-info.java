/** The regulatory sandbox: candidate profiles screening beside production, in shadow or replay, and their reports. */
package org.caravan.risk.internal.sandbox;
