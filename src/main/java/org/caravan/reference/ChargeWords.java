package org.caravan.reference;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A charge in a sentence the person who pays can read, from
 * {@code messages/charges*.properties}, in English or Russian; officers read the full
 * computation in {@link Charge#explanation()}. The numbers are the charge's own, formatted
 * as the API states them, so the sentence and the computation never disagree. The quote at
 * checkout and the consumer's tracking page say it the same way.
 */
public final class ChargeWords {

    private static final String BUNDLE = "messages/charges";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The region's languages read Russian, which it shares, until their own texts exist. */
    private static final List<String> READ_RUSSIAN = List.of("ru", "kk", "ky", "uz", "tg");

    private ChargeWords() {
    }

    /** The first of the reader's languages that charges are written in, or English. */
    public static Locale language(List<Locale> asked) {
        for (Locale l : asked) {
            if (l.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            if (READ_RUSSIAN.contains(l.getLanguage())) {
                return RUSSIAN;
            }
        }
        return Locale.ENGLISH;
    }

    public static String plain(Charge c, Locale language) {
        return plain(c.kind(), c.name(), c.payer(), c.base(), c.ratePercent(), c.perKg(), c.massKg(), c.minimumApplied(),
                c.due(), language);
    }

    public static String plain(ChargeKind kind, String name, Payer payer, Money base, Optional<BigDecimal> ratePercent,
            Optional<Money> perKg, Optional<BigDecimal> massKg, boolean minimumApplied, Money due, Locale language) {
        Locale written = language(List.of(language));
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, written.equals(RUSSIAN) ? RUSSIAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "line." + kind.name() + variant(kind, ratePercent, perKg, massKg, minimumApplied);
        // duty, VAT and the single rate have names of their own in each language; a fee is called as its rule calls it
        String called = kind == ChargeKind.FEE ? name : texts.getString("name." + kind.name());
        String text = new MessageFormat(texts.getString(key), written).format(new Object[] {called, base.toString(),
                ratePercent.map(ChargeWords::number).orElse(""), perKg.map(Money::toString).orElse(""),
                massKg.map(ChargeWords::number).orElse(""), due.toString()});
        return payer == Payer.DECLARANT ? text + texts.getString("payer.DECLARANT") : text;
    }

    private static String variant(ChargeKind kind, Optional<BigDecimal> ratePercent, Optional<Money> perKg,
            Optional<BigDecimal> massKg, boolean minimumApplied) {
        if (minimumApplied && (kind == ChargeKind.DUTY || kind == ChargeKind.SINGLE_RATE)) {
            return ".minimum";
        }
        if (kind == ChargeKind.FEE && perKg.isPresent() && massKg.isPresent()) {
            return ".perKg";
        }
        // a tariff duty has no floor per kg; one rate or several, on the value the regime charges
        if (kind == ChargeKind.DUTY && perKg.isEmpty()) {
            return ratePercent.isPresent() ? ".tariff" : ".tariffRates";
        }
        return "";
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
