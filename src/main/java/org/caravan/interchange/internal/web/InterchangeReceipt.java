package org.caravan.interchange.internal.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** The answer to an accepted EDIFACT interchange: its CONTRL and each message's filing receipt. */
@Schema(name = "InterchangeReceipt")
record InterchangeReceipt(
        @Schema(requiredMode = REQUIRED) String interchangeControlReference,
        @Schema(requiredMode = REQUIRED) String sender,
        @Schema(requiredMode = REQUIRED, allowableValues = "ACCEPTED") String status,
        @Schema(requiredMode = REQUIRED, description = "The CONTRL interchange acknowledging this one") String acknowledgement,
        @Schema(requiredMode = REQUIRED) List<Message> messages) {

    @Schema(name = "InterchangeMessageReceipt")
    record Message(
            @Schema(requiredMode = REQUIRED) String messageReference,
            @Schema(requiredMode = REQUIRED, allowableValues = {"CUSCAR", "CUSDEC"}) String type,
            @Schema(requiredMode = REQUIRED, example = "D:96B:UN") String version,
            @Schema(requiredMode = REQUIRED) boolean replayed,
            @Schema(requiredMode = REQUIRED, description = "The receipt as POST /api/v1/manifests (CUSCAR) or "
                    + "POST /api/v1/orders (CUSDEC) answers it")
            JsonNode receipt) {
    }
}
