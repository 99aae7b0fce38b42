package org.caravan.party.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.party.Party;
import org.caravan.party.Role;
import org.caravan.party.internal.store.CredentialTable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An unknown client id must cost the same password check as a known one, or the answer time
 * tells which client ids exist. Counted, not timed.
 */
class ClientSecretsTest {

    private final CountingEncoder passwords = new CountingEncoder(new BCryptPasswordEncoder(4));
    private final Party courier = new Party(UUID.randomUUID(), "courier", "Courier", Role.COURIER, Optional.empty());
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final Map<String, ClientSecrets.Candidate> rows = new HashMap<>(Map.of("courier",
            new ClientSecrets.Candidate(courier, false, List.of(new CredentialTable.Live(first, passwords.encode("right-secret"))))));
    private final ClientSecrets secrets = new ClientSecrets(id -> Optional.ofNullable(rows.get(id)), passwords);

    @Test
    void theRightSecretAuthenticatesThePartyWithItsCredential() {
        assertThat(secrets.authenticate("courier", "right-secret")).hasValue(new ClientSecrets.Authenticated(courier, first));
    }

    @Test
    void eitherOfTwoLiveSecretsAuthenticatesAndEveryOneIsChecked() {
        rows.put("courier", new ClientSecrets.Candidate(courier, false, List.of(
                new CredentialTable.Live(first, passwords.encode("old-secret")),
                new CredentialTable.Live(second, passwords.encode("new-secret")))));

        int before = passwords.checks;
        assertThat(secrets.authenticate("courier", "old-secret")).hasValue(new ClientSecrets.Authenticated(courier, first));
        assertThat(passwords.checks - before).as("the time does not tell which one matched").isEqualTo(2);
        assertThat(secrets.authenticate("courier", "new-secret")).hasValue(new ClientSecrets.Authenticated(courier, second));
        assertThat(secrets.authenticate("courier", "right-secret")).isEmpty();
    }

    @Test
    void aSuspendedPartyIsRefusedEvenWithTheRightSecret() {
        rows.put("courier", new ClientSecrets.Candidate(courier, true,
                List.of(new CredentialTable.Live(first, passwords.encode("right-secret")))));

        assertThat(secrets.authenticate("courier", "right-secret")).isEmpty();
    }

    @Test
    void anUnknownClientCostsOnePasswordCheckLikeAWrongSecret() {
        int before = passwords.checks;
        assertThat(secrets.authenticate("courier", "wrong-secret")).isEmpty();
        int wrongSecret = passwords.checks - before;

        before = passwords.checks;
        assertThat(secrets.authenticate("nobody", "right-secret")).isEmpty();
        int unknownClient = passwords.checks - before;

        assertThat(wrongSecret).isEqualTo(1);
        assertThat(unknownClient).isEqualTo(1);
    }

    /** A real encoder that counts its checks. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder real;
        private int checks;

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return real.matches(raw, encoded);
        }
    }
}
