package org.caravan.exchange.internal.corridor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.caravan.common.store.OwnerOnlyFiles;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * This administration's corridor key (ES256, kept under the data directory, created on first
 * start) and its partners' published public keys. Every message is a compact JWS; the
 * receiver verifies it with the key it holds for the sender the key id names, and trusts
 * nothing the message says about its sender before that.
 */
@Component
@OnCorridor
public class CorridorKeys {

    static final JOSEObjectType TYPE = new JOSEObjectType("caravan-corridor+jws");

    private final ECKey own;
    /** The partners' keys by key id, each with the administration it belongs to. */
    private final Map<String, Partner> partners = new HashMap<>();

    record Partner(String administration, ECKey key) {
    }

    /** A message whose signature verified: who signed it, and what it says. */
    record Verified(String sender, byte[] payload) {
    }

    /** A message that does not verify, and why. */
    static final class Refused extends Exception {

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    CorridorKeys(CorridorSettings settings) {
        this.own = load(settings.keyFile(), settings.administration());
        settings.partners().forEach((administration, p) -> {
            ECKey key = partnerKey(administration, p);
            partners.put(key.getKeyID(), new Partner(administration, key));
        });
    }

    /** The public key partners verify this administration's messages with. */
    public JWKSet published() {
        return new JWKSet(own.toPublicJWK());
    }

    String sign(byte[] payload) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(own.getKeyID()).type(TYPE).build(),
                    new Payload(payload));
            jws.sign(new ECDSASigner(own));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a corridor message", e);
        }
    }

    Verified verify(String compact) throws Refused {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            throw new Refused("not a JWS: " + e.getMessage());
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            throw new Refused("signed with " + jws.getHeader().getAlgorithm() + ", not ES256");
        }
        Partner sender = partners.get(jws.getHeader().getKeyID());
        if (sender == null) {
            throw new Refused("signed with key " + jws.getHeader().getKeyID() + ", which no partner published");
        }
        try {
            if (!jws.verify(new ECDSAVerifier(sender.key().toECPublicKey()))) {
                throw new Refused("the signature does not verify with " + sender.administration() + "'s published key");
            }
        } catch (JOSEException e) {
            throw new Refused("the signature cannot be checked: " + e.getMessage());
        }
        return new Verified(sender.administration(), jws.getPayload().toBytes());
    }

    private static ECKey partnerKey(String administration, CorridorSettings.Partner p) {
        try {
            String text = p.key() != null && !p.key().isBlank() ? p.key() : Files.readString(Path.of(p.keyFile()));
            JWK jwk = JWK.parse(text);
            if (!(jwk instanceof ECKey ec) || ec.getKeyID() == null) {
                throw new IllegalStateException("The corridor key of " + administration + " must be an EC JWK with a kid");
            }
            return ec.toPublicJWK();
        } catch (IOException | ParseException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the corridor key of partner " + administration, e);
        }
    }

    private static ECKey load(String file, String administration) {
        Path path = Path.of(file);
        try {
            if (!Files.exists(path)) {
                OwnerOnlyFiles.createSecret(path, generate(administration).toJSONString());
            }
            return ECKey.parse(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the corridor key at " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The corridor key at " + path + " is not a JWK", e);
        }
    }

    static ECKey generate(String administration) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(administration + "-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
