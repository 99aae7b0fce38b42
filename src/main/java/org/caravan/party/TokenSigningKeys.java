package org.caravan.party;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.caravan.common.audit.AuditTrail;
import org.caravan.party.internal.KeyRing;
import org.caravan.party.internal.store.TokenKeyTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The built-in issuer's signing keys as an administrator sees and rotates them (never the private parts). */
@Service
public class TokenSigningKeys {

    private final KeyRing ring;
    private final TokenKeyTable table;
    private final AuditTrail audit;

    TokenSigningKeys(KeyRing ring, TokenKeyTable table, AuditTrail audit) {
        this.ring = ring;
        this.table = table;
        this.audit = audit;
    }

    /** One key: its id, when made and when it retires (none while it signs). */
    public record Key(String kid, Instant createdAt, Optional<Instant> retiresAt) {
    }

    /** Makes a new key sign from now on; the previous ones stay published until their tokens expire. */
    @Transactional
    public Key rotateNow(String actor) {
        String kid = ring.rotate();
        audit.record(actor, "token-key.rotated", "token-key", kid, null);
        return list().stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
    }

    /** Every key ever made, newest first. */
    public List<Key> list() {
        return table.all().stream().map(r -> new Key(r.kid(), r.createdAt(), r.retiresAt())).toList();
    }
}
