package org.caravan.exchange.internal.corridor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The contract {@code org.caravan.corridor.message.v1} (docs/events.md): what one administration
 * tells the next (or, for an arrival, the previous) one about a consignment. Its id is derived
 * from what it says, so a message sent again after a stop is the same message and the
 * receiver recognises it.
 */
public record CorridorMessage(int version, UUID messageId, Kind kind, String from, String to, Instant sentAt,
        String trackingNumber, List<String> route, SharedFiling filing, List<AdministrationResult> results,
        TransitEvent transit) {

    static final String TYPE = "org.caravan.corridor.message.v1";

    public enum Kind {
        CONSIGNMENT_SHARED, TRANSIT_EVENT, ARRIVAL_CONFIRMED
    }

    static UUID idOf(Kind kind, String from, String to, String trackingNumber, String detail) {
        return UUID.nameUUIDFromBytes(String.join("|", kind.name(), from, to, trackingNumber, detail == null ? "" : detail)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The message as the partner may see it: what it is not granted is left out. */
    public CorridorMessage sharedWith(Set<Share> shares) {
        SharedFiling f = shares.contains(Share.FILING) && filing != null
                ? (shares.contains(Share.CONSIGNEE_CONTACT) ? filing : filing.withoutContact())
                : null;
        List<AdministrationResult> r = results == null ? List.of()
                : shares.contains(Share.RISK) || shares.contains(Share.DECISION)
                        ? results.stream().map(x -> x.sharedWith(shares.contains(Share.RISK), shares.contains(Share.DECISION)))
                                .toList()
                        : List.of();
        return new CorridorMessage(version, messageId, kind, from, to, sentAt, trackingNumber, route, f, r,
                shares.contains(Share.TRANSIT) ? transit : null);
    }

    /** A consignment's filing as shared along the route. */
    public record SharedFiling(String manifestRef, String courier, String transportMode, String departureCountry,
            String destination, String declaredValue, String currency, String grossMassKg, String platformId,
            String platformOrderRef, String seller, SharedConsignee consignee, List<SharedItem> items, Instant filedAt) {

        public SharedFiling withoutContact() {
            return new SharedFiling(manifestRef, courier, transportMode, departureCountry, destination, declaredValue,
                    currency, grossMassKg, platformId, platformOrderRef, seller,
                    new SharedConsignee(consignee.name(), consignee.city(), consignee.country(), null), items, filedAt);
        }
    }

    public record SharedConsignee(String name, String city, String country, String postcode) {
    }

    public record SharedItem(String description, String hsCode, int quantity, String value, String originCountry) {
    }

    /**
     * One administration's result: {@code role} ORIGIN or TRANSIT; {@code lane}, {@code score} and
     * {@code reasons} its risk screening; {@code decision} CLEARED or SELECTED_FOR_CONTROL.
     */
    public record AdministrationResult(String administration, String role, String lane, Integer score, List<String> reasons,
            String decision, Instant decidedAt) {

        public AdministrationResult sharedWith(boolean risk, boolean decision) {
            return new AdministrationResult(administration, role, risk ? lane : null, risk ? score : null,
                    risk ? reasons : null, decision ? this.decision : null, decidedAt);
        }

        public boolean selected() {
            return "SELECTED_FOR_CONTROL".equals(decision) || "RED".equals(lane);
        }
    }

    /** A border event at one administration: ENTRY, EXIT, or COMPLETED when the next one confirmed arrival. */
    public record TransitEvent(String administration, String event, Instant occurredAt, String location) {
    }
}
