package org.caravan.tracking.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.tracking.ParcelView;

import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The consumer's view of a parcel: where it stands, in plain language, what to do about
 * it, and how it got there. {@code amountsDue} and {@code goods} appear only to a caller who
 * proved a second fact of the filing; no name, address, phone or value ever does.
 */
@Schema(additionalProperties = AdditionalPropertiesValue.FALSE)
record TrackingView(
        @Schema(requiredMode = REQUIRED) String trackingNumber,
        @Schema(requiredMode = REQUIRED, description = "The latest status", example = "RELEASED") String status,
        @Schema(requiredMode = REQUIRED, description = "The latest status's IFTSTA code (STS 4405)", example = "REL") String code,
        @Schema(requiredMode = REQUIRED) String explanation,
        @Schema(description = "What the consumer should do now, when anything") String action,
        @Schema(requiredMode = REQUIRED, description = "The language of the texts (from Accept-Language)", example = "en") String language,
        @Schema(requiredMode = REQUIRED, description = "Whether the caller proved the postcode or phone digits of the filing") boolean proven,
        @Schema(description = "Duties and taxes due per jurisdiction; only after proof") List<AmountDue> amountsDue,
        @Schema(description = "The goods as described on the filing; only after proof") List<String> goods,
        @Schema(description = "What customs ask the consignee to send, each answered with a PDF at "
                + "POST /api/v1/tracking/{trackingNumber}/document-requests/{requestId}/documents; only after proof")
        List<DocumentRequested> documentsRequested,
        @Schema(requiredMode = REQUIRED) List<Event> timeline) {

    /** The JSON form of the consumer's view: amounts as plain decimal strings, what needs proof null without it. */
    static TrackingView of(ParcelView v) {
        return new TrackingView(v.trackingNumber(), v.status(), v.code(), v.explanation(), v.action().orElse(null),
                v.language().toLanguageTag(), v.proven(),
                v.proven() ? v.amountsDue().stream().map(TrackingView::amountDue).toList() : null,
                v.proven() ? v.goods() : null,
                v.proven() ? v.documentsRequested().stream().map(r -> new DocumentRequested(r.requestId(), r.jurisdiction(),
                        r.kind(), r.reason(), r.requestedAt())).toList() : null,
                v.timeline().stream().map(e -> new Event(e.at(), e.status(), e.code(), e.explanation(),
                        e.jurisdiction().orElse(null))).toList());
    }

    private static AmountDue amountDue(ParcelView.AmountDue due) {
        return new AmountDue(due.jurisdiction(), due.amount().amount().toPlainString(),
                due.amount().currency().getCurrencyCode(), due.lines().stream().map(l -> new DueLine(l.type(),
                        l.amount().amount().toPlainString(), l.amount().currency().getCurrencyCode(), l.explanation(),
                        l.legalBasis())).toList(), due.reference().orElse(null));
    }

    @Schema(name = "TrackingDocumentRequest", additionalProperties = AdditionalPropertiesValue.FALSE)
    record DocumentRequested(
            @Schema(requiredMode = REQUIRED) UUID requestId,
            @Schema(requiredMode = REQUIRED, example = "KZ") String jurisdiction,
            @Schema(requiredMode = REQUIRED, allowableValues = {"INVOICE", "PERMIT", "CERTIFICATE"}) String kind,
            @Schema(requiredMode = REQUIRED, description = "Why the officer asks for it") String reason,
            @Schema(requiredMode = REQUIRED) Instant requestedAt) {
    }

    @Schema(name = "TrackingDocumentSupplied", additionalProperties = AdditionalPropertiesValue.FALSE)
    record DocumentSupplied(
            @Schema(requiredMode = REQUIRED) UUID documentId,
            @Schema(requiredMode = REQUIRED, description = "The officer reviews it next", example = "SUBMITTED") String state) {
    }

    @Schema(name = "TrackingEvent", additionalProperties = AdditionalPropertiesValue.FALSE)
    record Event(
            @Schema(requiredMode = REQUIRED) Instant at,
            @Schema(requiredMode = REQUIRED) String status,
            @Schema(requiredMode = REQUIRED, description = "IFTSTA status code (STS 4405)", example = "REL") String code,
            @Schema(requiredMode = REQUIRED) String explanation,
            @Schema(description = "The country whose customs recorded the event", example = "KZ") String jurisdiction) {
    }

    @Schema(name = "TrackingAmountDue", additionalProperties = AdditionalPropertiesValue.FALSE)
    record AmountDue(
            @Schema(requiredMode = REQUIRED, example = "KZ") String jurisdiction,
            @Schema(requiredMode = REQUIRED, example = "12.40") String amount,
            @Schema(requiredMode = REQUIRED, example = "EUR") String currency,
            @Schema(requiredMode = REQUIRED, description = "What makes up the amount, each line in plain language; "
                    + "empty when an officer assessed the amount") List<DueLine> lines,
            @Schema(description = "The payment reference to pay it with, at POST /api/v1/tracking/{trackingNumber}/payments "
                    + "or with the platform or courier", example = "PAY-KZ-03F3T9XFB17CZAA9LLC07HG5Z-W") String reference) {
    }

    /** One line of the amount due, explained in the consumer's language. */
    @Schema(name = "TrackingDueLine", additionalProperties = AdditionalPropertiesValue.FALSE)
    record DueLine(
            @Schema(requiredMode = REQUIRED, allowableValues = {"DUTY", "VAT", "SINGLE_RATE", "FEE", "EXCISE"}) String type,
            @Schema(requiredMode = REQUIRED, example = "2100.00") String amount,
            @Schema(requiredMode = REQUIRED, example = "KZT") String currency,
            @Schema(requiredMode = REQUIRED) String explanation,
            @Schema(requiredMode = REQUIRED) String legalBasis) {
    }
}
