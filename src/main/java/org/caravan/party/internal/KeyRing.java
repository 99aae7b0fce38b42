package org.caravan.party.internal;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caravan.party.internal.store.TokenKeyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The built-in issuer's signing keys, kept in the store so every instance signs with the same
 * key and tokens survive a restart. The newest key signs; a rotation (every
 * {@code caravan.security.key-rotation}, or at an administrator's word) adds a new key and sets
 * the older ones to retire once the tokens they signed have expired. Until then they stay
 * published and accepted; after, a token they signed is refused.
 */
@Component
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    /** How long this instance trusts its copy of the key list before reading the store again. */
    private static final Duration REFRESH = Duration.ofSeconds(30);
    /** An unknown key id makes the list be read again, but not more often than this: forged kids are free. */
    private static final Duration UNKNOWN_KID_REFRESH = Duration.ofSeconds(5);

    private final TokenKeyTable table;
    private final Duration rotation;
    private final Duration tokenLifetime;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.EPOCH);

    @Autowired
    KeyRing(TokenKeyTable table, @Value("${caravan.security.key-rotation:P30D}") Duration rotation,
            @Value("${caravan.security.token-lifetime:PT1H}") Duration tokenLifetime) {
        this(table, rotation, tokenLifetime, Clock.systemUTC());
    }

    KeyRing(TokenKeyTable table, Duration rotation, Duration tokenLifetime, Clock clock) {
        this.table = table;
        this.rotation = rotation;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
    }

    /** The key that signs now; the first one is made on first use. */
    public RSAKey current() {
        List<Key> keys = keys(false);
        if (keys.isEmpty()) {
            synchronized (this) {
                keys = keys(true);
                if (keys.isEmpty()) {
                    rotate();
                    keys = keys(true);
                }
            }
        }
        return keys.get(0).jwk();
    }

    /** Every key not yet retired, the signing one first. */
    public List<RSAKey> published() {
        current();
        return keys(false).stream().map(Key::jwk).toList();
    }

    /** Adds a new signing key; the others retire when the tokens they signed have expired. Returns its id. */
    public synchronized String rotate() {
        RSAKey key = generate();
        Instant now = clock.instant();
        table.insert(key.getKeyID(), key.toJSONString(), now);
        // other instances may sign with the superseded key until they next read the store (at most REFRESH)
        Instant retires = now.plus(tokenLifetime).plus(REFRESH.compareTo(tokenLifetime) < 0 ? REFRESH : tokenLifetime);
        table.supersedeAllBut(key.getKeyID(), retires);
        snapshot = load(now);
        log.info("Signing key {} now signs tokens; earlier keys retire at {}", key.getKeyID(), retires);
        return key.getKeyID();
    }

    /** Rotates when the signing key is older than the rotation period; checked every few minutes. */
    @Scheduled(fixedDelayString = "${caravan.security.key-check:PT5M}", initialDelayString = "${caravan.security.key-check:PT5M}")
    public void rotateIfDue() {
        List<Key> keys = keys(true);
        if (!keys.isEmpty() && !clock.instant().isBefore(keys.get(0).createdAt().plus(rotation))) {
            rotate();
        }
    }

    /** The published keys to verify tokens with (and to serve at the JWKS endpoint). */
    public JWKSource<SecurityContext> verificationKeys() {
        return (selector, context) -> {
            List<JWK> found = selector.select(new JWKSet(List.copyOf(published())));
            Instant now = clock.instant();
            if (found.isEmpty() && now.isAfter(snapshot.loadedAt().plus(UNKNOWN_KID_REFRESH))) {
                snapshot = load(now);
                found = selector.select(new JWKSet(List.copyOf(published())));
            }
            return found;
        };
    }

    /** The one key to sign with. */
    public JWKSource<SecurityContext> signingKey() {
        return (selector, context) -> selector.select(new JWKSet(current()));
    }

    private List<Key> keys(boolean fresh) {
        Instant now = clock.instant();
        Snapshot s = snapshot;
        if (fresh || now.isAfter(s.loadedAt().plus(REFRESH))) {
            s = load(now);
            snapshot = s;
        }
        // a key may retire between two reads of the store
        return s.keys().stream().filter(k -> k.retiresAt() == null || now.isBefore(k.retiresAt())).toList();
    }

    private Snapshot load(Instant now) {
        return new Snapshot(table.unretired(now).stream().map(row -> {
            try {
                return new Key(RSAKey.parse(row.jwk()), row.createdAt(), row.retiresAt().orElse(null));
            } catch (ParseException e) {
                throw new IllegalStateException("Signing key " + row.kid() + " in the store is not a JWK", e);
            }
        }).toList(), now);
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE)
                    .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Key(RSAKey jwk, Instant createdAt, Instant retiresAt) {
    }

    private record Snapshot(List<Key> keys, Instant loadedAt) {
    }
}
