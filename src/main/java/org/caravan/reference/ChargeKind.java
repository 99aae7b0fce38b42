package org.caravan.reference;

/** The kinds of charge an assessment can levy. */
public enum ChargeKind {
    /** Customs duty, at a tariff rate or the regime's rate. */
    DUTY,
    /** Import value added tax. */
    VAT,
    /** One flat rate replacing duty and taxes (the EAEU 2020 rule on the excess over the allowance). */
    SINGLE_RATE,
    /** A fee for a service, such as a declaration or courier clearance fee. */
    FEE,
    /** Excise on goods such as tobacco or alcohol. */
    EXCISE
}
