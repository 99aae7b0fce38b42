package org.caravan.clearance.internal.model;

/** The kinds of charge an assessment can levy. */
public enum ChargeType {
    /** Customs duty at the tariff rate. */
    DUTY,
    /** Import value added tax. */
    VAT,
    /** One flat rate replacing duty and taxes (the EAEU rule on the excess over the allowance). */
    SINGLE_RATE,
    /** A fee for a service, such as a courier clearance fee. */
    FEE,
    /** Excise on goods such as tobacco or alcohol. */
    EXCISE
}
