package org.caravan.filing.internal.quotes.web;

import java.util.Collections;
import java.util.UUID;

import org.caravan.filing.internal.quotes.QuoteLandedCost;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Landed-cost quotes at checkout, for platforms and declarants. Both operations answer with
 * the text kept for the quote, so reading it again gives exactly what was said; the OpenAPI
 * document describes that text by {@link QuoteAnswer}.
 */
@RestController
@RequestMapping("/api/v1/quotes")
class QuoteController {

    static final String EXAMPLE = """
            {"destination": "KZ", "items": [{"hsCode": "851713", "description": "Smartphone",
              "value": {"amount": "250.00", "currency": "USD"}, "netMassKg": "0.450", "originCountry": "CN"}],
             "shippingCost": {"amount": "12.00", "currency": "USD"}, "grossMassKg": "0.800",
             "consumerId": "KZ-P123456789018"}""";

    private final QuoteLandedCost quotes;

    QuoteController(QuoteLandedCost quotes) {
        this.quotes = quotes;
    }

    @Operation(summary = "Quote the landed cost of a parcel at checkout",
            description = "Duties, taxes and fees the buyer can expect at the border under the regime of the "
                    + "destination, channel and date, line by line with the legal basis. Plain explanations follow "
                    + "Accept-Language (English or Russian). File the order with the quoteId to have it compared.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = QuoteRequests.Quote.class),
            examples = @ExampleObject(name = "quote", value = EXAMPLE)))
    @ApiResponse(responseCode = "201", description = "The quote, kept until it expires", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = QuoteAnswer.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> quote(Caller caller, @RequestBody QuoteRequests.Quote body,
            @Parameter(hidden = true) HttpServletRequest request) {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        String answer = quotes.quote(caller, body, Collections.list(request.getLocales()));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @Operation(summary = "A quote you asked for, as it was given")
    @ApiResponse(responseCode = "200", description = "The quote", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = QuoteAnswer.class)))
    @GetMapping(path = "/{quoteId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> show(Caller caller, @PathVariable UUID quoteId) {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(quotes.find(caller, quoteId));
    }
}
