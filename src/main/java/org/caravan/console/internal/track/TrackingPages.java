package org.caravan.console.internal.track;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.caravan.tracking.ConsumerTracking;
import org.caravan.tracking.ParcelView;
import org.caravan.tracking.TooManyAttempts;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The consumer's tracking pages: a form for the tracking number, and the parcel's page with its
 * status in plain language, what happens next, what to do and its history (oldest first, as the
 * API answers). The amount due and the goods show only after the consignee proves the postcode
 * or the phone's last four digits, posted from a form so the proof never stands in a URL or a
 * browser's history. Every lookup and proof counts against tracking's limits, as through the API.
 */
@Controller
class TrackingPages {

    /** What a filing accepts as a tracking number; anything else cannot be a parcel, so is not looked up. */
    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{6,40}");

    private final ConsumerTracking tracking;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    TrackingPages(ConsumerTracking tracking) {
        this.tracking = tracking;
        messages.setBasenames("messages/consumer");
        messages.setDefaultEncoding("UTF-8");
        // a language without a bundle reads English, never the server's own locale
        messages.setFallbackToSystemLocale(false);
    }

    @GetMapping("/track")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        PageTexts texts = texts(lang, request, response, model);
        if (number == null) {
            return "track/lookup";
        }
        String trimmed = number.trim();
        if (!TRACKING_NUMBER.matcher(trimmed).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("number", number.length() > 60 ? number.substring(0, 60) : number);
            model.addAttribute("malformed", texts.get("lookup.malformed"));
            return "track/lookup";
        }
        // a GET form cannot put the number in the path by itself: the parcel's own address is the one to keep
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, UriComponentsBuilder.fromPath("/track/{number}")
                .buildAndExpand(trimmed).encode().toUriString());
        return null;
    }

    @GetMapping("/track/{trackingNumber}")
    String parcel(@PathVariable String trackingNumber, @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return parcel(trackingNumber, Optional.empty(), texts(lang, request, response, model), request, response, model);
    }

    @PostMapping("/track/{trackingNumber}")
    String proven(@PathVariable String trackingNumber, @RequestParam(required = false) String proof,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        PageTexts texts = texts(null, request, response, model);
        boolean blank = proof == null || proof.isBlank();
        model.addAttribute("proofBlank", blank);
        // a blank field is no attempt at all, so it costs none
        return parcel(trackingNumber, blank ? Optional.empty() : Optional.of(proof.trim()), texts, request, response, model);
    }

    private String parcel(String trackingNumber, Optional<String> proof, PageTexts texts, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("trackingNumber", trackingNumber);
        if (!TRACKING_NUMBER.matcher(trackingNumber).matches()) {
            return unknown(trackingNumber, response, model);
        }
        Optional<ParcelView> view;
        try {
            view = tracking.view(new ConsumerTracking.Enquiry(trackingNumber, Locale.forLanguageTag(texts.language()),
                    proof, request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        } catch (TooManyAttempts refused) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            model.addAttribute("retryAfter", refused.retryAfterSeconds());
            return "track/limit";
        }
        if (view.isEmpty()) {
            return unknown(trackingNumber, response, model);
        }
        model.addAttribute("view", view.get());
        model.addAttribute("proofFailed", proof.isPresent() && !view.get().proven());
        // the token's cookie is written now, before the page starts to stream out
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            csrf.getToken();
        }
        return "track/parcel";
    }

    private static String unknown(String trackingNumber, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("trackingNumber", trackingNumber.length() > 60 ? trackingNumber.substring(0, 60) : trackingNumber);
        return "track/unknown";
    }

    private PageTexts texts(String lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale language = ConsumerLanguage.of(lang, request, response);
        PageTexts texts = new PageTexts(messages, language);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
        // the same address reads differently by the browser's languages and the remembered choice
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        model.addAttribute("t", texts);
        return texts;
    }
}
