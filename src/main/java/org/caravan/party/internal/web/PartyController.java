package org.caravan.party.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.NotFound;
import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.caravan.party.Credential;
import org.caravan.party.IssuedCredential;
import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.party.TokenSigningKeys;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Onboarding: an administrator registers parties, issues and revokes their client secrets and
 * suspends them; a party may read its own entry. Signing keys are rotated here too.
 */
@RestController
class PartyController {

    static final int MAX_PAGE = 500;

    private final Parties parties;
    private final TokenSigningKeys keys;

    PartyController(Parties parties, TokenSigningKeys keys) {
        this.parties = parties;
        this.keys = keys;
    }

    record RegistrationBody(String clientId, String name, String role, String administration) {
    }

    record CredentialView(UUID credentialId, Instant createdAt, Optional<Instant> revokedAt) {

        static CredentialView of(Credential c) {
            return new CredentialView(c.id(), c.createdAt(), c.revokedAt());
        }
    }

    record PartyView(UUID id, String clientId, String name, Role role, Optional<String> administration,
            Instant registeredAt, Optional<Instant> suspendedAt, List<CredentialView> credentials) {

        static PartyView of(Parties.Registered r) {
            return new PartyView(r.party().id(), r.party().clientId(), r.party().name(), r.party().role(),
                    r.party().administration().map(a -> a.value()), r.registeredAt(), r.suspendedAt(),
                    r.credentials().stream().map(CredentialView::of).toList());
        }
    }

    record PartyPage(List<PartyView> parties, Optional<String> next) {
    }

    /** A new secret, shown this once: only its hash is kept. */
    record IssuedCredentialView(UUID credentialId, String clientId, String clientSecret, Instant createdAt) {
    }

    record KeyView(String kid, Instant createdAt, Optional<Instant> retiresAt) {

        static KeyView of(TokenSigningKeys.Key k) {
            return new KeyView(k.kid(), k.createdAt(), k.retiresAt());
        }
    }

    @Operation(summary = "Register a party (administrators)",
            description = "clientId is 3 to 100 letters, digits, '.', '_' or '-'; role one of the roles; administration "
                    + "(a country code) is required for an OFFICER or an ISSUING_AGENCY and refused for the others. An "
                    + "OFFICER is one named person, never a shared client of an administration: name is that person's. "
                    + "The party has no credential yet: issue one with POST /api/v1/parties/{id}/credentials.")
    @ApiResponse(responseCode = "201", description = "The registered party")
    @ApiResponse(responseCode = "409", description = "The client id is registered already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(path = "/api/v1/parties", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PartyView register(Caller caller, @RequestBody RegistrationBody body) {
        Roles.require(caller, Role.ADMIN);
        if (body == null) {
            new Violations().add("", "required", "the body must be a JSON object").throwIfAny();
        }
        var party = parties.onboard(caller.clientId(), body.clientId(), body.name(), body.role(), body.administration());
        return PartyView.of(parties.byId(party.id()).orElseThrow());
    }

    @Operation(summary = "The registered parties in client id order (administrators)",
            description = "Pass the previous page's next as after for the following page.")
    @GetMapping(path = "/api/v1/parties", produces = MediaType.APPLICATION_JSON_VALUE)
    PartyPage list(Caller caller, @RequestParam(defaultValue = "100") String limit, @RequestParam Optional<String> after) {
        Roles.require(caller, Role.ADMIN);
        Violations v = new Violations();
        int size = 0;
        try {
            size = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            size = 0;
        }
        if (size < 1 || size > MAX_PAGE) {
            v.add("/limit", "out-of-range", "must be a whole number from 1 to " + MAX_PAGE);
        }
        after.ifPresent(a -> v.maxLength("/after", a, 100));
        v.throwIfAny();
        List<Parties.Registered> page = parties.page(after, size + 1);
        List<PartyView> shown = page.stream().limit(size).map(PartyView::of).toList();
        return new PartyPage(shown, page.size() > size ? Optional.of(shown.get(shown.size() - 1).clientId()) : Optional.empty());
    }

    @Operation(summary = "One party with its credentials", description = "For administrators and the party itself; "
            + "anyone else gets 404.")
    @GetMapping(path = "/api/v1/parties/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PartyView show(Caller caller, @PathVariable String id) {
        UUID partyId = partyId(id);
        if (!caller.is(Role.ADMIN) && !caller.partyId().equals(partyId)) {
            throw notFound(partyId);
        }
        return PartyView.of(parties.byId(partyId).orElseThrow(() -> notFound(partyId)));
    }

    @Operation(summary = "Issue a new client secret to a party (administrators)",
            description = "The secret is in this answer only; the party's other credentials stay valid until revoked, "
                    + "so a secret is rolled by issuing the new one, switching clients over, then revoking the old one.")
    @ApiResponse(responseCode = "201", description = "The new credential and its secret")
    @PostMapping(path = "/api/v1/parties/{id}/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IssuedCredentialView issue(Caller caller, @PathVariable String id) {
        Roles.require(caller, Role.ADMIN);
        UUID partyId = partyId(id);
        IssuedCredential issued = parties.issueCredential(caller.clientId(), partyId);
        String clientId = parties.byId(partyId).orElseThrow().party().clientId();
        return new IssuedCredentialView(issued.credential().id(), clientId, issued.secret(), issued.credential().createdAt());
    }

    @Operation(summary = "Revoke a credential (administrators)",
            description = "The secret no longer gets tokens, and the tokens it got are refused from now on.")
    @ApiResponse(responseCode = "204", description = "Revoked (or revoked already)")
    @DeleteMapping(path = "/api/v1/parties/{id}/credentials/{credentialId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Caller caller, @PathVariable String id, @PathVariable String credentialId) {
        Roles.require(caller, Role.ADMIN);
        UUID partyId = partyId(id);
        UUID credential;
        try {
            credential = UUID.fromString(credentialId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No credential " + credentialId);
        }
        parties.revokeCredential(caller.clientId(), partyId, credential);
    }

    @Operation(summary = "Suspend a party (administrators)",
            description = "It gets no more tokens and every token it holds is refused from now on.")
    @PostMapping(path = "/api/v1/parties/{id}/suspension", produces = MediaType.APPLICATION_JSON_VALUE)
    PartyView suspend(Caller caller, @PathVariable String id) {
        Roles.require(caller, Role.ADMIN);
        return PartyView.of(parties.suspend(caller.clientId(), partyId(id)));
    }

    @Operation(summary = "The issuer's signing keys, newest first (administrators)",
            description = "Ids and dates only. A key without retiresAt signs; the others are published until then.")
    @GetMapping(path = "/api/v1/signing-keys", produces = MediaType.APPLICATION_JSON_VALUE)
    List<KeyView> keys(Caller caller) {
        Roles.require(caller, Role.ADMIN);
        return keys.list().stream().map(KeyView::of).toList();
    }

    @Operation(summary = "Rotate the signing key now (administrators)",
            description = "A new key signs from now on; the previous ones stay published until the tokens they signed expire.")
    @ApiResponse(responseCode = "201", description = "The new signing key")
    @PostMapping(path = "/api/v1/signing-keys/rotation", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    KeyView rotate(Caller caller) {
        Roles.require(caller, Role.ADMIN);
        return KeyView.of(keys.rotateNow(caller.clientId()));
    }

    private static UUID partyId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static NotFound notFound(Object id) {
        return new NotFound("No party " + id);
    }
}
