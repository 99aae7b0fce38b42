package org.caravan.tracking;

import java.util.Locale;
import java.util.Optional;

/**
 * The consumer's view of a parcel for any page or API that shows one. The limits hold for
 * every caller alike: lookups per client address, proof attempts per address, failed proofs
 * per parcel from anywhere; so no page is a way around them.
 */
public interface ConsumerTracking {

    /**
     * The parcel as the consumer sees it; empty when customs know nothing of it yet. A wrong
     * proof is answered exactly as no proof ({@code proven} false).
     *
     * @throws TooManyAttempts when this address has looked up or tried proofs too often, or the
     *         parcel has seen too many failed proofs
     */
    Optional<ParcelView> view(Enquiry enquiry);

    /**
     * Who asks about which parcel, in which language, with which proof (the postcode or the
     * last four digits of the phone on the filing). The client is named by the connection's
     * address and its {@code X-Forwarded-For} header (null when absent): tracking alone
     * decides which proxies to believe.
     */
    record Enquiry(String trackingNumber, Locale language, Optional<String> proof, String remoteAddress,
            String forwardedFor) {
    }
}
