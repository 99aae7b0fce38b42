package org.caravan.party;

/** A credential just issued, with its secret: the only time the secret is shown, as only its hash is kept. */
public record IssuedCredential(Credential credential, String secret) {
}
