package org.caravan.console.internal.track;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.caravan.reference.Money;
import org.springframework.context.MessageSource;

/**
 * The texts of one consumer page in its language, from {@code messages/consumer*.properties};
 * the templates read every word through it, and amounts and times in the language's own form.
 */
public final class PageTexts {

    private final MessageSource messages;
    private final Locale language;

    PageTexts(MessageSource messages, Locale language) {
        this.messages = messages;
        this.language = language;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, language);
    }

    public String language() {
        return language.getLanguage();
    }

    /** An amount with its currency's minor unit and ISO code, grouped as the language groups digits. */
    public String money(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    /** A moment in UTC, said so: the page cannot know the consumer's time zone without a script. */
    public String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }
}
