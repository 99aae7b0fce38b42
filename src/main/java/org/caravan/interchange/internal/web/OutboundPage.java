package org.caravan.interchange.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a partner's outbound messages; pass {@code next} as {@code after} for the following page. */
@Schema(name = "OutboundMessages")
record OutboundPage(@Schema(requiredMode = REQUIRED) List<Message> messages,
        @Schema(requiredMode = REQUIRED, description = "The cursor to send as after= next time") String next) {

    @Schema(name = "OutboundMessage")
    record Message(
            @Schema(requiredMode = REQUIRED) String cursor,
            @Schema(requiredMode = REQUIRED, allowableValues = {"CONTRL", "CUSRES", "IFTSTA", "WCO-RES"}) String type,
            @Schema(requiredMode = REQUIRED, description = "Tracking number or interchange reference") String subject,
            @Schema(requiredMode = REQUIRED) String mediaType,
            @Schema(requiredMode = REQUIRED, description = "The whole interchange or XML document") String body,
            @Schema(requiredMode = REQUIRED) Instant createdAt) {
    }
}
