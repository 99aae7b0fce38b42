package org.caravan.party.internal.consumer.web;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.caravan.party.ConsumerIdRecord;
import org.caravan.party.ConsumerIds;
import org.caravan.party.IdentityDocument;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Consumer ids, for the customs that issue them. There is deliberately no anonymous check
 * of an id: it would let anyone enumerate which ids exist.
 */
@RestController
@RequestMapping("/api/v1/consumer-ids")
class ConsumerIdController {

    /** Identity document numbers as administrations print them; the value is never echoed back. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{2,38}[A-Za-z0-9]");

    private final ConsumerIds consumerIds;

    ConsumerIdController(ConsumerIds consumerIds) {
        this.consumerIds = consumerIds;
    }

    /** A consumer id as its administration sees it; nothing of the person's identity. */
    record ConsumerIdResponse(String consumerId, String country, String status, Instant issuedAt,
            Optional<Instant> revokedAt, Optional<String> revocationReason, Optional<String> replacedBy) {

        static ConsumerIdResponse of(ConsumerIdRecord r) {
            return new ConsumerIdResponse(r.consumerId(), r.country().value(), r.revoked() ? "REVOKED" : "ACTIVE",
                    r.issuedAt(), r.revokedAt(), r.revocationReason(), r.replacedBy());
        }
    }

    record Passport(String number, String country) {
    }

    record IssueBody(String country, String nationalId, Passport passport, String replacing) {
    }

    record ReasonBody(String reason) {
    }

    @Operation(summary = "Issue a consumer id to a person",
            description = "By an OFFICER of the country, or an ADMIN, once the administration has checked the person's "
                    + "identity. Give nationalId (a national identity number of that country) or passport {number, "
                    + "country}: it is kept only as a keyed digest, to issue one id per person, and never shown or "
                    + "logged. With replacing (a reason) a person who holds an id already is reissued one, the old "
                    + "one revoked.")
    @ApiResponse(responseCode = "201", description = "The new consumer id")
    @ApiResponse(responseCode = "409", description = "The person holds an id of this country already; its standing "
            + "is told, the id is not", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ConsumerIdResponse issue(Caller caller, @RequestBody IssueBody body) {
        // who may issue is told before what is wrong with the body
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        CountryCode country = country(v, "/country", body.country());
        IdentityDocument document = null;
        if (body.nationalId() != null && body.passport() != null) {
            v.add("/passport", "one-document", "give nationalId or passport, not both");
        } else if (body.nationalId() != null) {
            if (number(v, "/nationalId", body.nationalId()) && country != null) {
                document = new IdentityDocument(IdentityDocument.Kind.NATIONAL_ID, body.nationalId(), country);
            }
        } else if (body.passport() != null) {
            boolean number = v.required("/passport/number", body.passport().number())
                    && number(v, "/passport/number", body.passport().number());
            CountryCode issuedBy = country(v, "/passport/country", body.passport().country());
            if (number && issuedBy != null) {
                document = new IdentityDocument(IdentityDocument.Kind.PASSPORT, body.passport().number(), issuedBy);
            }
        } else {
            v.add("/nationalId", "required", "give nationalId, or passport with its number and country");
        }
        Optional<String> replacing = Optional.ofNullable(body.replacing());
        replacing.ifPresent(reason -> reason(v, "/replacing", reason));
        v.throwIfAny();
        return ConsumerIdResponse.of(consumerIds.issue(caller, country, document, replacing.map(String::trim)));
    }

    @Operation(summary = "A consumer id's standing", description = "For the customs of its country and admins; "
            + "anyone else gets 404. Never shows who holds it.")
    @GetMapping(path = "/{consumerId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ConsumerIdResponse show(Caller caller, @PathVariable String consumerId) {
        return ConsumerIdResponse.of(consumerIds.find(caller, consumerId));
    }

    @Operation(summary = "Revoke a consumer id", description = "By the customs of its country or an admin, after a "
            + "leak or at the person's request; orders and manifests quoting it are refused from then on.")
    @PostMapping(path = "/{consumerId}/revocation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ConsumerIdResponse revoke(Caller caller, @PathVariable String consumerId, @RequestBody ReasonBody body) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        // another country's id is not found, whatever the body says
        consumerIds.find(caller, consumerId);
        return ConsumerIdResponse.of(consumerIds.revoke(caller, consumerId, reason(body)));
    }

    @Operation(summary = "Reissue a consumer id", description = "Gives the person a new id and revokes this one (if "
            + "not yet): the new id continues the person's monthly quotas. Only the person's current id is reissued.")
    @ApiResponse(responseCode = "201", description = "The person's new consumer id")
    @PostMapping(path = "/{consumerId}/reissue", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ConsumerIdResponse reissue(Caller caller, @PathVariable String consumerId, @RequestBody ReasonBody body) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        consumerIds.find(caller, consumerId);
        return ConsumerIdResponse.of(consumerIds.reissue(caller, consumerId, reason(body)));
    }

    private static String reason(ReasonBody body) {
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
        } else {
            reason(v, "/reason", body.reason());
        }
        v.throwIfAny();
        return body.reason().trim();
    }

    private static void reason(Violations v, String pointer, String reason) {
        if (v.required(pointer, reason) && v.maxLength(pointer, reason, 500) && reason.isBlank()) {
            v.add(pointer, "required", "must not be blank");
        }
    }

    private static boolean number(Violations v, String pointer, String number) {
        if (!DOCUMENT_NUMBER.matcher(number).matches()) {
            v.add(pointer, "not-a-document-number", "must be 4 to 40 letters, digits, spaces or dashes");
            return false;
        }
        return true;
    }

    private static CountryCode country(Violations v, String pointer, String value) {
        if (!v.required(pointer, value)) {
            return null;
        }
        if (!CountryCode.isValid(value)) {
            v.add(pointer, "not-iso-3166", "must be an ISO 3166-1 alpha-2 country code such as \"KZ\"");
            return null;
        }
        return CountryCode.of(value);
    }
}
