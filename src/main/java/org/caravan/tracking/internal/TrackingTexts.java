package org.caravan.tracking.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The consumer's texts, from {@code messages/tracking*.properties}: English (the default)
 * and Russian complete; Kazakh, Uzbek, Kyrgyz and Tajik bundles hold every key, their values
 * in Russian until translated, so a consumer asking in those languages reads Russian, the
 * language the region shares, rather than English.
 */
@Component
public class TrackingTexts {

    /** The languages a consumer may ask in (Accept-Language); anything else reads English. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("kk"), Locale.forLanguageTag("uz"), Locale.forLanguageTag("ky"),
            Locale.forLanguageTag("tg"));

    public static final String BASENAME = "messages/tracking";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    TrackingTexts() {
        messages.setBasename(BASENAME);
        messages.setDefaultEncoding("UTF-8");
        // a language without a bundle reads the default (English), never the server's own locale
        messages.setFallbackToSystemLocale(false);
    }

    /** The first of the consumer's languages that Caravan speaks, or English. */
    public static Locale language(List<Locale> asked) {
        for (Locale l : asked) {
            Optional<Locale> known = LANGUAGES.stream().filter(k -> k.getLanguage().equals(l.getLanguage())).findFirst();
            if (known.isPresent()) {
                return known.get();
            }
        }
        return Locale.ENGLISH;
    }

    public String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    public Optional<String> optional(String key, Locale language, Object... args) {
        return Optional.ofNullable(messages.getMessage(key, args, null, language));
    }

    public String english(String key, Object... args) {
        return text(key, Locale.ENGLISH, args);
    }
}
