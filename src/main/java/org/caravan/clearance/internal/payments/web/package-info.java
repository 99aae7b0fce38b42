/** Payment requests, confirmations, refunds and statements over HTTP. */
package org.caravan.clearance.internal.payments.web;
