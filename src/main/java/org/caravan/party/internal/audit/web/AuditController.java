package org.caravan.party.internal.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.audit.AuditChain;
import org.caravan.common.audit.AuditRecord;
import org.caravan.common.audit.AuditWitnesses;
import org.caravan.common.audit.ChainCheck;
import org.caravan.common.audit.SignedHead;
import org.caravan.common.audit.Witness;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.caravan.reference.CountryCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The tamper-evident audit trail (docs/audit.md): whether the chain is intact and the entries
 * about a subject for customs; the signed head and its countersignatures for the witness copies
 * other administrations keep.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final int MAX_PAGE = 500;
    static final int MAX_SUBJECT = 200;

    private final AuditChain chain;
    private final AuditWitnesses witnesses;

    AuditController(AuditChain chain, AuditWitnesses witnesses) {
        this.chain = chain;
        this.witnesses = witnesses;
    }

    record AuditBreak(long seq, String kind, String message) {
    }

    record AuditVerification(boolean intact, long from, long checked, long headSeq, String headHash, int witnesses,
            Optional<AuditBreak> firstBreak) {
    }

    record AuditEntryLine(long seq, Instant occurredAt, String actor, String action, String subjectKind, String subjectId,
            String jurisdiction, String detail, String prevHash, String hash) {

        static AuditEntryLine of(AuditRecord r) {
            return new AuditEntryLine(r.seq(), r.occurredAt(), r.actor(), r.action(), r.subjectKind(), r.subjectId(),
                    r.jurisdiction(), r.detail(), r.prevHash(), r.hash());
        }
    }

    record AuditEntryPage(List<AuditEntryLine> entries, Optional<String> next) {
    }

    record AuditHead(long seq, String hash, Instant at, String jws, Map<String, Object> key) {
    }

    record AuditWitnessBody(String witness, String countersignature, Map<String, Object> jwk) {
    }

    record AuditWitness(UUID id, long seq, String hash, Instant headAt, String witness, String keyId, String receivedBy,
            Instant receivedAt) {

        static AuditWitness of(Witness w) {
            return new AuditWitness(w.id(), w.seq(), w.hash(), w.headAt(), w.witness(), w.keyId(), w.receivedBy(),
                    w.receivedAt());
        }
    }

    @Operation(summary = "Walk the audit chain and report the first entry modified, inserted or deleted",
            description = "ADMIN only. Walks the chain in seq order from `from` (default 1), then compares its end with "
                    + "the head row and every witnessed head. `intact` is false with `firstBreak` naming the seq and kind "
                    + "(MODIFIED, INSERTED, DELETED, HEAD_MISMATCH, WITNESS_MISSING) of the first break.")
    @GetMapping(path = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditVerification verification(Caller caller, @RequestParam(defaultValue = "1") long from) {
        Roles.require(caller, Role.ADMIN);
        if (from < 1) {
            throw new InvalidInput(new Violation("query:from", "out-of-range", "must be 1 or more"));
        }
        ChainCheck check = chain.verify(from);
        return new AuditVerification(check.intact(), check.from(), check.checked(), check.head().seq(),
                check.head().hash(), check.witnesses(), check.firstBreak()
                        .map(b -> new AuditBreak(b.seq(), b.kind().name(), b.message())));
    }

    @Operation(summary = "The audit entries about one subject, oldest first",
            description = "`subject` is the subject's id: a manifest id, a tracking number, a jurisdiction's code for its "
                    + "risk profile... An ADMIN sees every entry, an officer those of its own administration. Pages of at "
                    + "most " + MAX_PAGE + "; `next` is the `after` of the next page.")
    @GetMapping(path = "/entries", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditEntryPage entries(Caller caller, @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        if (subject == null || subject.isBlank()) {
            throw new InvalidInput(new Violation("query:subject", "required", "is required"));
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new InvalidInput(new Violation("query:subject", "too-long", "must be at most " + MAX_SUBJECT
                    + " characters"));
        }
        if (after < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput(new Violation(after < 0 ? "query:after" : "query:limit", "out-of-range",
                    "after is at least 0; limit is 1 to " + MAX_PAGE));
        }
        Optional<String> jurisdiction = caller.is(Role.ADMIN) ? Optional.empty()
                : Optional.of(caller.administration().map(CountryCode::value).orElse("--"));
        List<AuditRecord> page = chain.about(subject, jurisdiction, after, limit);
        Optional<String> next = page.size() < limit ? Optional.empty()
                : Optional.of(Long.toString(page.get(page.size() - 1).seq()));
        return new AuditEntryPage(page.stream().map(AuditEntryLine::of).toList(), next);
    }

    @Operation(summary = "The audit chain head, signed by this installation",
            description = "ADMIN or OFFICER. `jws` is a compact JWS (RS256, typ " + AuditWitnesses.HEAD_TYPE + ") over "
                    + "{seq, hash, at}; `key` is the public JWK that checks it. Another administration countersigns the "
                    + "payload with its own key and sends it back to POST /api/v1/audit/witnesses.")
    @GetMapping(path = "/head", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditHead head(Caller caller) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        SignedHead head = witnesses.signedHead();
        return new AuditHead(head.seq(), head.hash(), head.at(), head.jws(), head.key());
    }

    @Operation(summary = "Keep a head another administration countersigned",
            description = "OFFICER or ADMIN. `countersignature` is a compact JWS over a head's {seq, hash, at} by the "
                    + "witness's key, `jwk` that key's public JWK (RSA or EC). Refused (422, naming the field) unless the "
                    + "signature holds and the chain has that head. Every verification then checks the chain still "
                    + "contains it.")
    @PostMapping(path = "/witnesses", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AuditWitness witness(Caller caller, @RequestBody AuditWitnessBody request) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        return AuditWitness.of(witnesses.countersigned(request.countersignature(), request.jwk(), request.witness(),
                caller.clientId()));
    }

    @Operation(summary = "The heads other administrations witnessed, in seq order", description = "OFFICER or ADMIN.")
    @GetMapping(path = "/witnesses", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditWitness> witnessList(Caller caller) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        return witnesses.witnesses().stream().map(AuditWitness::of).toList();
    }
}
