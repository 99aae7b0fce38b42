package org.caravan.clearance.internal;

import java.time.Instant;

import org.caravan.clearance.internal.model.IllegalTransition;
import org.caravan.clearance.internal.model.Permit;
import org.caravan.clearance.internal.store.PermitTable;
import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.audit.AuditTrail;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permits for restricted goods, registered in advance by the issuing agency of a country
 * and revoked by it. Officers of that country read them; anyone else is told they do not exist.
 */
@Service
public class PermitRegistry {

    private final PermitTable permits;

    private final AuditTrail audit;

    PermitRegistry(PermitTable permits, AuditTrail audit) {
        this.permits = permits;
        this.audit = audit;
    }

    @Transactional
    public Permit register(Permit permit) {
        if (!permits.insert(permit)) {
            throw new Conflict(ProblemTypes.PERMIT_ALREADY_REGISTERED, "Permit " + permit.number() + " is registered already");
        }
        audit.record(permit.issuedBy().toString(), "permit.registered", "permit", permit.number(), permit.country().value(),
                "hsPrefix", permit.hsPrefix(), "holder", permit.holder(), "quantity", permit.quantity().toPlainString(),
                "unit", permit.unit(), "validFrom", permit.validFrom().toString(), "validUntil",
                permit.validUntil().toString());
        return permit;
    }

    @Transactional(readOnly = true)
    public Permit find(Caller caller, String number) {
        return permits.byNumber(number).filter(p -> visibleTo(caller, p))
                .orElseThrow(() -> new NotFound("No permit " + number));
    }

    /** Refuses, as not found, a permit of another agency, before a revocation's body is judged. */
    @Transactional(readOnly = true)
    public void requireRevocable(Caller agency, String number) {
        permits.byNumber(number).filter(p -> agency.is(Role.ADMIN) || agency.issuesPermitsFor(p.country()))
                .orElseThrow(() -> new NotFound("No permit " + number + " of your agency"));
    }

    @Transactional
    public Permit revoke(Caller agency, String number, String reason) {
        Permit permit = permits.lock(java.util.List.of(number)).values().stream().findFirst()
                .filter(p -> agency.is(Role.ADMIN) || agency.issuesPermitsFor(p.country()))
                .orElseThrow(() -> new NotFound("No permit " + number + " of your agency"));
        if (permit.revokedAt().isPresent()) {
            throw new IllegalTransition(ProblemTypes.PERMIT_REVOKED, "Permit " + number + " was revoked already");
        }
        Permit revoked = permit.revoked(Instant.now(), reason);
        permits.revoke(revoked);
        audit.record(agency.clientId(), "permit.revoked", "permit", number, permit.country().value(), "reason", reason);
        return revoked;
    }

    private static boolean visibleTo(Caller caller, Permit p) {
        return caller.administers(p.country()) || caller.issuesPermitsFor(p.country());
    }
}
