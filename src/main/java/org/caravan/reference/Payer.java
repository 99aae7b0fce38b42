package org.caravan.reference;

/** Who pays a charge: the recipient (or whoever pays for them), or the declarant itself, as with a courier's clearance fee. */
public enum Payer {
    RECIPIENT, DECLARANT
}
