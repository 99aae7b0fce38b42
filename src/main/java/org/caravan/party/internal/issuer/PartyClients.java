package org.caravan.party.internal.issuer;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.caravan.party.internal.store.PartyTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization server's clients are the parties of our registry: a client's id is the
 * party id, its client id the party's. A suspended party is no client at all. Secrets are
 * checked by {@link SecretAuthentication} against the party's credentials, so none is set here.
 */
@Component
class PartyClients implements RegisteredClientRepository {

    private final PartyTable parties;
    private final TokenSettings tokens;

    PartyClients(PartyTable parties, @Value("${caravan.security.token-lifetime:PT1H}") Duration lifetime) {
        this.parties = parties;
        this.tokens = TokenSettings.builder().accessTokenTimeToLive(lifetime)
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED).build();
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients are registered as parties (POST /api/v1/parties)");
    }

    @Override
    public RegisteredClient findById(String id) {
        UUID partyId;
        try {
            partyId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return client(parties.byId(partyId));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return client(parties.byClientId(clientId));
    }

    private RegisteredClient client(Optional<PartyTable.Row> row) {
        return row.filter(r -> !r.suspended())
                .map(r -> RegisteredClient.withId(r.party().id().toString()).clientId(r.party().clientId())
                        .clientName(r.party().name()).clientIdIssuedAt(r.createdAt())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens).build())
                .orElse(null);
    }
}
