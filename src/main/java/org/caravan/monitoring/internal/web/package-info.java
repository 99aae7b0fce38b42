/** The measures as JSON and CSV for customs and pilot managers. */
package org.caravan.monitoring.internal.web;
