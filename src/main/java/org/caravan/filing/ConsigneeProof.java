package org.caravan.filing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether someone asking about a parcel knows a second fact of its filing: the consignee's
 * postcode, or the last four digits of the consignee's phone number. The facts stay in the
 * filing module; callers learn only yes or no. Comparisons take the same time whether the
 * proof is close or not, so the answer's timing tells nothing about the filed values.
 */
public final class ConsigneeProof {

    private ConsigneeProof() {
    }

    /** True when {@code proof} is the consignee's postcode or the last four digits of their phone number. */
    public static boolean proves(FiledConsignment.Consignee consignee, String proof) {
        if (proof == null || proof.isBlank() || proof.length() > 40) {
            return false;
        }
        String given = normalised(proof);
        String digits = proof.replaceAll("[^0-9]", "");
        String tail = digits.length() >= 4 ? digits.substring(digits.length() - 4) : "";
        // both comparisons always run, so which fact matched (if any) does not show in the time taken
        boolean postcode = sameText(consignee.postcode().map(ConsigneeProof::normalised), given);
        boolean phone = digits.length() == 4 && sameText(consignee.phoneTail(), tail);
        return postcode | phone;
    }

    private static String normalised(String postcode) {
        return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static boolean sameText(Optional<String> filed, String given) {
        byte[] expected = filed.orElse("\u0000").getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8)) && filed.isPresent();
    }
}
