/**
 * E-payments of duties and taxes: the payment request read from a case waiting for payment,
 * its confirmation by the platform, the courier or the consignee, refunds when goods go back,
 * and the monthly statement each party reconciles against.
 */
package org.caravan.clearance.internal.payments;
