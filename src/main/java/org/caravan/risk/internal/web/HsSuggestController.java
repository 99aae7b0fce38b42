package org.caravan.risk.internal.web;

import java.util.List;

import org.caravan.common.Violations;
import org.caravan.party.Caller;
import org.caravan.risk.HsCandidate;
import org.caravan.risk.HsSuggestions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** HS subheadings suggested for a product description, for classification while the buyer pays. */
@RestController
@RequestMapping("/api/v1/hs")
class HsSuggestController {

    private final HsSuggestions suggestions;

    HsSuggestController(HsSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    record SuggestBody(@Schema(description = "The product description, at most 500 characters",
            example = "cotton t-shirt, men, printed") String text,
            @Schema(description = "How many candidates, 1 to 20 (default 5)", example = "5") Integer limit) {
    }

    record SuggestionsResponse(List<HsCandidate> candidates) {
    }

    @Operation(summary = "Suggest HS subheadings for a product description",
            description = "Ranked six-digit subheadings of HS 2022 (of the pilot tariff until the full nomenclature "
                    + "is imported), each with its description and its share of the evidence (0..1), learned from the "
                    + "nomenclature and from descriptions customs administrations classified. A suggestion, not a "
                    + "ruling: the declarant remains responsible for the code filed. Any authenticated party.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SuggestBody.class),
            examples = @ExampleObject(name = "suggest", value = "{\"text\": \"wireless earbuds\", \"limit\": 5}")))
    @ApiResponse(responseCode = "200", description = "The candidates, best first; empty when no word is known",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SuggestionsResponse.class)))
    @PostMapping(path = "/suggest", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    SuggestionsResponse suggest(Caller caller, @RequestBody SuggestBody body) {
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        if (v.required("/text", body.text())) {
            v.maxLength("/text", body.text(), HsSuggestions.MAX_TEXT);
        }
        int limit = body.limit() == null ? HsSuggestions.DEFAULT_LIMIT : body.limit();
        if (limit < 1 || limit > HsSuggestions.MAX_LIMIT) {
            v.add("/limit", "out-of-range", "must be 1 to " + HsSuggestions.MAX_LIMIT);
        }
        v.throwIfAny();
        return new SuggestionsResponse(suggestions.suggest(body.text(), limit));
    }
}
