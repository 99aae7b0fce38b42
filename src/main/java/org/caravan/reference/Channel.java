package org.caravan.reference;

/**
 * How a parcel reaches the consignee, and so which regime applies: post and express
 * couriers have their own allowances, and the EAEU's e-commerce operator declares goods
 * for consumers under the e-commerce goods regime.
 */
public enum Channel {
    COURIER, POSTAL, ECOMMERCE_OPERATOR
}
