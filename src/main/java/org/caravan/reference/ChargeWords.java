package org.caravan.reference;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One charge in plain language for the person who pays it, in English or Russian
 * ({@code messages/charges*.properties}); officers read the full computation in
 * {@link Charge#explanation()}. Other languages read English until translated.
 */
public final class ChargeWords {

    private static final String BUNDLE = "messages/charges";

    private ChargeWords() {
    }

    public static String plain(Charge c, Locale language) {
        return plain(c.kind(), c.name(), c.payer(), c.base(), c.ratePercent(), c.perKg(), c.massKg(), c.minimumApplied(),
                c.due(), language);
    }

    public static String plain(ChargeKind kind, String name, Payer payer, Money base, Optional<BigDecimal> ratePercent,
            Optional<Money> perKg, Optional<BigDecimal> massKg, boolean minimumApplied, Money due, Locale language) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.getLanguage().equals("ru") ? language : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "charge." + kind.name() + (kind == ChargeKind.FEE && payer == Payer.DECLARANT ? ".declarant"
                : minimumApplied ? ".minimum" : kind == ChargeKind.DUTY && ratePercent.isEmpty() ? ".tariff" : "");
        String rate = ratePercent.map(r -> r.stripTrailingZeros().toPlainString()).orElse("");
        String mass = massKg.map(kg -> kg.stripTrailingZeros().toPlainString()).orElse("");
        return new MessageFormat(texts.getString(key), language).format(new Object[] {rate, base.toString(),
                perKg.map(Money::toString).orElse(""), mass, due.toString(), name});
    }
}
