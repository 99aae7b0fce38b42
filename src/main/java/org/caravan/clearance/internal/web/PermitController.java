package org.caravan.clearance.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.caravan.clearance.internal.PermitRegistry;
import org.caravan.clearance.internal.model.Permit;
import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
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

/** The permit registry: issuing agencies register and revoke permits for restricted goods. */
@RestController
@RequestMapping("/api/v1/permits")
class PermitController {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/.-]{0,49}");
    private static final Pattern HS_PREFIX = Pattern.compile("\\d{2,10}");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9]{1,10}");

    private final PermitRegistry registry;

    PermitController(PermitRegistry registry) {
        this.registry = registry;
    }

    /** A permit as the registry holds it, with what consignments have drawn on it. */
    record PermitResponse(String number, String country, String hsCode, String holder, LocalDate validFrom,
            LocalDate validUntil, BigDecimal quantity, String unit, BigDecimal drawn, BigDecimal remaining,
            Instant registeredAt, Optional<Instant> revokedAt, Optional<String> revokeReason) {

        static PermitResponse of(Permit p) {
            return new PermitResponse(p.number(), p.country().value(), p.hsPrefix(), p.holder(), p.validFrom(),
                    p.validUntil(), p.quantity().stripTrailingZeros(), p.unit(), p.drawn().stripTrailingZeros(),
                    p.remaining().stripTrailingZeros(), p.registeredAt(), p.revokedAt(), p.revokeReason());
        }
    }

    record PermitRegistrationBody(String number, String country, String hsCode, String holder, String validFrom,
            String validUntil, String quantity, String unit) {
    }

    record RevocationBody(String reason) {
    }

    @Operation(summary = "Register a permit for restricted goods",
            description = "By an ISSUING_AGENCY, for its own country. hsCode is a heading, subheading or national "
                    + "line (2 to 10 digits) that the permit covers; holder is the consignee's identifier (consumerId) "
                    + "or name; quantity is drawn down in pieces by the consignments that quote the permit.")
    @ApiResponse(responseCode = "201", description = "The registered permit")
    @ApiResponse(responseCode = "409", description = "The permit number is registered already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PermitResponse register(Caller caller, @RequestBody PermitRegistrationBody body) {
        Roles.require(caller, Role.ISSUING_AGENCY);
        CountryCode country = caller.administration().orElseThrow();
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        if (v.required("/number", body.number()) && !NUMBER.matcher(body.number()).matches()) {
            v.add("/number", "not-a-permit-number", "must be 1 to 50 letters, digits, '/', '-' or '.'");
        }
        if (body.country() != null && !body.country().equals(country.value())) {
            v.add("/country", "not-your-country", "an agency registers permits of its own country, " + country);
        }
        if (v.required("/hsCode", body.hsCode()) && !HS_PREFIX.matcher(body.hsCode()).matches()) {
            v.add("/hsCode", "not-hs-code", "must be 2 to 10 digits of the HS nomenclature");
        }
        if (v.required("/holder", body.holder())) {
            v.maxLength("/holder", body.holder(), 200);
        }
        Optional<LocalDate> from = DocumentController.date(v, "/validFrom", body.validFrom());
        Optional<LocalDate> until = DocumentController.date(v, "/validUntil", body.validUntil());
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            v.add("/validUntil", "before-valid-from", "must not be before validFrom");
        }
        BigDecimal quantity = v.decimal("/quantity", body.quantity(), false, 4);
        String unit = body.unit() == null ? "PCE" : body.unit();
        if (!UNIT.matcher(unit).matches()) {
            v.add("/unit", "not-a-unit", "must be a unit code of 1 to 10 letters or digits, such as PCE");
        }
        v.throwIfAny();
        Permit permit = new Permit(body.number(), country, body.hsCode(), body.holder().trim(), from.get(), until.get(),
                quantity, unit, BigDecimal.ZERO, caller.partyId(), Instant.now(), Optional.empty(), Optional.empty());
        return PermitResponse.of(registry.register(permit));
    }

    @Operation(summary = "A permit and what has been drawn on it",
            description = "For its issuing agency and the customs of its country; anyone else gets 404.")
    @GetMapping(path = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    PermitResponse show(Caller caller, @PathVariable String number) {
        return PermitResponse.of(registry.find(caller, number));
    }

    @Operation(summary = "Revoke a permit", description = "By its issuing agency; consignments filed later that quote it "
            + "are held for documents.")
    @PostMapping(path = "/{number}/revocation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PermitResponse revoke(Caller caller, @PathVariable String number, @RequestBody RevocationBody body) {
        Roles.require(caller, Role.ISSUING_AGENCY, Role.ADMIN);
        registry.requireRevocable(caller, number);
        Violations v = new Violations();
        if (body == null || v.required("/reason", body.reason())) {
            v.maxLength("/reason", body == null ? null : body.reason(), 500);
        }
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
        }
        v.throwIfAny();
        return PermitResponse.of(registry.revoke(caller, number, body.reason().trim()));
    }
}
