package org.caravan.filing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whose allowance a parcel counts against. A quota per recipient is keyed on the person the
 * consumer id stands for, so a reissued id continues the month (on the consumer id as
 * written for consignments filed before ids were checked); without one, on the recipient's name with the city or postcode, normalised so that
 * case, accents, punctuation and word order do not make two people of one, and hashed so
 * the key holds no name. A seller's parcels on one conveyance are keyed on the seller.
 * Clearance keys allowances on it and risk watches parcels split between couriers with it,
 * so both count the same person as one.
 */
public final class Recipients {

    private Recipients() {
    }

    /** The recipient's key, or empty when neither a consumer id nor a name with a city or postcode identifies them. */
    public static Optional<String> key(FiledConsignment c) {
        if (c.consignee().consumerId().isPresent()) {
            return c.consignee().person().or(() -> c.consignee().consumerId());
        }
        Optional<String> place = place(c);
        String name = words(c.consignee().name());
        if (name.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("name:" + digest(c.consignee().country().value() + "|" + place.get() + "|" + name));
    }

    /** Whether {@link #key} finds a key, without the hash. */
    public static boolean identified(FiledConsignment c) {
        return c.consignee().consumerId().isPresent()
                || (!words(c.consignee().name()).isEmpty() && place(c).isPresent());
    }

    private static Optional<String> place(FiledConsignment c) {
        return c.consignee().postcode().map(Recipients::words).filter(p -> !p.isEmpty())
                .or(() -> c.consignee().city().map(Recipients::words).filter(p -> !p.isEmpty()));
    }

    /** The seller whose parcels on one conveyance count as one consignment; the tracking number when the seller is unknown. */
    public static String seller(FiledConsignment c) {
        return c.sellerName().map(Recipients::words).filter(s -> !s.isEmpty()).map(s -> "seller:" + digest(s))
                .orElse("parcel:" + c.trackingNumber());
    }

    /** Lower case, accents and punctuation removed, words sorted. */
    public static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return plain.isEmpty() ? "" : Arrays.stream(plain.split(" ")).sorted().collect(Collectors.joining(" "));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
