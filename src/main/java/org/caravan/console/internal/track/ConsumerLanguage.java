package org.caravan.console.internal.track;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The language of the consumer's pages, English or Russian: the one chosen with the language
 * switch ({@code ?lang=}), remembered in a cookie for the next pages; otherwise whichever of the
 * two the browser prefers; otherwise English.
 */
final class ConsumerLanguage {

    static final String COOKIE = "caravan-lang";
    static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private ConsumerLanguage() {
    }

    static Locale of(String chosen, HttpServletRequest request, HttpServletResponse response) {
        Optional<Locale> switched = spoken(chosen);
        if (switched.isPresent()) {
            // read by the server only; Lax so that following a link from a shop's message keeps the choice
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, switched.get().getLanguage())
                    .path("/track").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build().toString());
            return switched.get();
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                Optional<Locale> remembered = c.getName().equals(COOKIE) ? spoken(c.getValue()) : Optional.empty();
                if (remembered.isPresent()) {
                    return remembered.get();
                }
            }
        }
        // without the header the servlet answers the server's own locale, which says nothing of the consumer
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Locale.ENGLISH;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            Optional<Locale> known = spoken(asked.getLanguage());
            if (known.isPresent()) {
                return known.get();
            }
        }
        return Locale.ENGLISH;
    }

    private static Optional<Locale> spoken(String language) {
        return language == null ? Optional.empty()
                : SPOKEN.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language.trim())).findFirst();
    }
}
