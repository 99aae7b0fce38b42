package org.caravan.risk;

import org.caravan.support.PostgresAvailable;
import org.caravan.support.PostgresSchema;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The same store of profile versions on PostgreSQL, in a schema of its own (risk_profiles_wt). */
@ActiveProfiles({"test", "postgres", "pgtest"})
@ExtendWith(PostgresAvailable.class)
@Import(PostgresSchema.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=risk_profiles_wt",
        "spring.flyway.schemas=risk_profiles_wt"})
class RiskProfilesPostgresTest extends RiskProfilesTest {
}
