package org.caravan.party.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * An external OpenID Connect issuer (Keycloak or any other) whose tokens the API accepts
 * instead of the built-in issuer's, by configuration (docs/identity.md):
 * {@code caravan.security.issuer-uri}, optionally {@code jwk-set-uri} (else discovered from the
 * issuer), {@code external-audience} and {@code claims.role|party|administration} naming the
 * claims that carry what {@link CallerClaims} reads. Revocation is the external issuer's: it
 * should keep its tokens short-lived.
 */
record ExternalIssuer(String issuerUri, String jwkSetUri, String audience, Map<String, String> claimNames) {

    static final String PREFIX = "caravan.security.";

    /** The configured external issuer, or null when the built-in one is used. */
    static ExternalIssuer of(Environment environment) {
        String issuer = environment.getProperty(PREFIX + "issuer-uri", "").trim();
        if (issuer.isEmpty()) {
            return null;
        }
        Map<String, String> names = new HashMap<>();
        for (String claim : List.of(CallerClaims.ROLE, CallerClaims.PARTY, CallerClaims.ADMINISTRATION)) {
            names.put(claim, environment.getProperty(PREFIX + "claims." + claim, claim).trim());
        }
        return new ExternalIssuer(issuer, environment.getProperty(PREFIX + "jwk-set-uri", "").trim(),
                environment.getProperty(PREFIX + "external-audience", "caravan-api").trim(), names);
    }

    JwtDecoder decoder() {
        NimbusJwtDecoder decoder = jwkSetUri.isEmpty() ? (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuerUri)
                : NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setClaimSetConverter(renamed());
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuerUri));
        if (!audience.isEmpty()) {
            validators.add(SecurityConfiguration.audience(audience));
        }
        validators.add(new CallerClaims());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** The claims as the issuer sent them, with ours copied from the issuer's names where they differ. */
    private org.springframework.core.convert.converter.Converter<Map<String, Object>, Map<String, Object>> renamed() {
        MappedJwtClaimSetConverter standard = MappedJwtClaimSetConverter.withDefaults(Map.of());
        return claims -> {
            Map<String, Object> converted = new HashMap<>(standard.convert(claims));
            claimNames.forEach((ours, theirs) -> {
                if (!ours.equals(theirs)) {
                    converted.remove(ours);
                    Object value = claims.get(theirs);
                    // a multivalued mapper sends a one-element list
                    if (value instanceof List<?> list && list.size() == 1) {
                        value = list.get(0);
                    }
                    if (value != null) {
                        converted.put(ours, value.toString());
                    }
                }
            });
            return converted;
        };
    }
}
