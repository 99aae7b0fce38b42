package org.caravan.party.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims a bearer token must carry to name a {@link Caller}. Checked when the token is
 * decoded, so a token from any issuer that lacks them is refused as unauthenticated instead
 * of failing inside a request.
 */
public final class CallerClaims implements OAuth2TokenValidator<Jwt> {

    public static final String PARTY = "party";
    public static final String ROLE = "role";
    public static final String ADMINISTRATION = "administration";

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<String> problems = new ArrayList<>();
        if (jwt.getExpiresAt() == null) {
            problems.add("the token has no expiry (exp)");
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            problems.add("the token names no client (sub)");
        }
        if (!isUuid(jwt.getClaimAsString(PARTY))) {
            problems.add("the party claim is not a party id");
        }
        String role = jwt.getClaimAsString(ROLE);
        if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
            problems.add("the role claim is not a known role");
        }
        String administration = jwt.getClaimAsString(ADMINISTRATION);
        if (administration != null && !CountryCode.isValid(administration)) {
            problems.add("the administration claim is not an ISO 3166-1 alpha-2 code");
        }
        if (Role.OFFICER.name().equals(role) && administration == null) {
            problems.add("an officer's token names no administration");
        }
        if (Role.ISSUING_AGENCY.name().equals(role) && administration == null) {
            problems.add("an issuing agency's token names no country (administration)");
        }
        return problems.isEmpty() ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(problems.stream()
                        .map(p -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, p, null)).toList());
    }

    /** The caller a validated token names. */
    static Caller caller(Jwt jwt) {
        return new Caller(UUID.fromString(jwt.getClaimAsString(PARTY)), jwt.getSubject(),
                Role.valueOf(jwt.getClaimAsString(ROLE)),
                Optional.ofNullable(jwt.getClaimAsString(ADMINISTRATION)).map(CountryCode::of));
    }

    private static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
