package org.caravan.party.internal.issuer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.caravan.party.internal.TokenRevocations;
import org.caravan.party.internal.store.IssuedTokenTable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

import com.nimbusds.jwt.SignedJWT;

/**
 * Keeps every access token the server issues in {@code issued_token}, so the API can refuse a
 * revoked one and the revocation and introspection endpoints can find it. Only the SHA-256 of
 * the token is stored: its claims are read back from the token presented, which matched it.
 */
@Component
class StoredAuthorizations implements OAuth2AuthorizationService {

    private final IssuedTokenTable tokens;
    private final TokenRevocations revocations;
    private final RegisteredClientRepository clients;

    StoredAuthorizations(IssuedTokenTable tokens, TokenRevocations revocations, RegisteredClientRepository clients) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.clients = clients;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        if (access == null) {
            return;
        }
        if (access.isInvalidated()) {
            revocations.tokenRevoked(authorization.getId());
            return;
        }
        if (tokens.byId(authorization.getId()).isPresent()) {
            return;
        }
        // the server issues JWTs only, whose claims it keeps with the token
        Map<String, Object> claims = access.getClaims() == null ? Map.of() : access.getClaims();
        Object credential = claims.get(CallerTokenClaims.CREDENTIAL);
        Object jti = claims.getOrDefault("jti", authorization.getId());
        tokens.insert(authorization.getId(), jti.toString(), hash(access.getToken().getTokenValue()),
                UUID.fromString(authorization.getRegisteredClientId()),
                Optional.ofNullable(credential).map(Object::toString).map(UUID::fromString),
                access.getToken().getIssuedAt(), access.getToken().getExpiresAt());
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        revocations.tokenRevoked(authorization.getId());
    }

    /** Only found by its token: the token's value is not kept, and nothing here is looked up by id. */
    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (token == null || (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType))) {
            return null;
        }
        Optional<IssuedTokenTable.Row> row = tokens.byTokenHash(hash(token));
        if (row.isEmpty()) {
            return null;
        }
        RegisteredClient client = clients.findById(row.get().partyId().toString());
        Map<String, Object> claims = claims(token);
        if (client == null || claims == null) {
            // a suspended party's tokens are revoked, and a stored token is always a JWT
            return null;
        }
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, row.get().issuedAt(),
                row.get().expiresAt(), Set.of());
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client).id(row.get().id())
                .principalName(client.getClientId()).authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .token(access, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims));
        if (row.get().revokedAt().isPresent()) {
            builder.invalidate(access);
        }
        return builder.build();
    }

    private static Map<String, Object> claims(String token) {
        try {
            Map<String, Object> claims = new LinkedHashMap<>();
            SignedJWT.parse(token).getJWTClaimsSet().getClaims().forEach((name, value) ->
                    claims.put(name, value instanceof Date date ? date.toInstant() : value));
            return claims;
        } catch (ParseException e) {
            return null;
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
