package org.caravan.filing.internal.quotes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.caravan.reference.Charge;
import org.caravan.reference.ChargeKind;
import org.caravan.reference.Money;
import org.caravan.reference.Payer;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * A charge in a sentence the buyer can read, from {@code messages/quotes*.properties}, in
 * English or Russian. The numbers are the charge's own, formatted as the API states them, so
 * the sentence and the officer's computation never disagree.
 */
@Component
class PlainExplanations {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The region's languages read Russian, which it shares, until their own texts exist. */
    private static final List<String> READ_RUSSIAN = List.of("ru", "kk", "ky", "uz", "tg");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PlainExplanations() {
        messages.setBasename("messages/quotes");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        // no arguments still goes through MessageFormat, so '' reads as one quote everywhere
        messages.setAlwaysUseMessageFormat(true);
    }

    /** The first of the buyer's languages that quotes are written in, or English. */
    static Locale language(List<Locale> asked) {
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

    String explain(Charge c, Locale language) {
        String key = "line." + c.kind().name() + variant(c);
        String text = messages.getMessage(key, new Object[] {c.name(), c.base().toString(),
                c.ratePercent().map(PlainExplanations::number).orElse(""), c.perKg().map(Money::toString).orElse(""),
                c.massKg().map(PlainExplanations::number).orElse(""), c.due().toString()}, language);
        return c.payer() == Payer.DECLARANT ? text + messages.getMessage("payer.DECLARANT", null, language) : text;
    }

    private static String variant(Charge c) {
        if (c.minimumApplied() && (c.kind() == ChargeKind.DUTY || c.kind() == ChargeKind.SINGLE_RATE)) {
            return ".minimum";
        }
        if (c.kind() == ChargeKind.FEE && c.perKg().isPresent() && c.massKg().isPresent()) {
            return ".perKg";
        }
        // a tariff duty has no floor per kg; one rate or several, on the value the regime charges
        if (c.kind() == ChargeKind.DUTY && c.perKg().isEmpty()) {
            return c.ratePercent().isPresent() ? ".tariff" : ".tariffRates";
        }
        return "";
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
