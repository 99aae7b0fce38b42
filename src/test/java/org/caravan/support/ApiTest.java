package org.caravan.support;

import java.util.Optional;

import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the API tests: the whole service on a random port, parties registered per test
 * with their own client ids so tests never share filings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    protected static final String SECRET = "test-secret-1";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Parties parties;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, () -> as(Role.ADMIN, null));
    }

    /** Registers a party and returns a bearer token for it. */
    protected String as(Role role, String administration) {
        String clientId = Filings.unique(role.name().toLowerCase() + "-");
        parties.register(clientId, SECRET, "Test " + role, role, Optional.ofNullable(administration).map(CountryCode::of));
        return api.token(clientId, SECRET);
    }

    protected String platform(String[] clientId) {
        clientId[0] = Filings.unique("platform-");
        parties.register(clientId[0], SECRET, "Test platform", Role.PLATFORM, Optional.empty());
        return api.token(clientId[0], SECRET);
    }
}
