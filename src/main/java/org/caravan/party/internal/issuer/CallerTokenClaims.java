package org.caravan.party.internal.issuer;

import org.caravan.party.internal.CallerClaims;
import org.caravan.party.internal.ClientSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts into every access token what the API reads to know its caller ({@link CallerClaims}:
 * party, role, administration), the audience the API checks, and the credential the client
 * proved, so revoking that credential revokes the token.
 */
@Component
class CallerTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String CREDENTIAL = "credential";

    private final String audience;

    CallerTokenClaims(@Value("${caravan.security.audience:caravan-api}") String audience) {
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || !(context.getPrincipal().getDetails() instanceof ClientSecrets.Authenticated proved)) {
            return;
        }
        var party = proved.party();
        context.getClaims().audience(java.util.List.of(audience)).claim(CallerClaims.PARTY, party.id().toString())
                .claim(CallerClaims.ROLE, party.role().name()).claim(CREDENTIAL, proved.credentialId().toString());
        party.administration().ifPresent(a -> context.getClaims().claim(CallerClaims.ADMINISTRATION, a.value()));
    }

}
