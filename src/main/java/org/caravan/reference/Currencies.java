package org.caravan.reference;

import java.util.Currency;

/** ISO 4217 currency codes, as the JDK knows them. */
public final class Currencies {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Currency USD = Currency.getInstance("USD");

    private Currencies() {
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
