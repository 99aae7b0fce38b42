package org.caravan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caravan.risk.ParcelBuilder.honest;

import java.time.Instant;

import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.store.ProfileTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The store of profile versions on the service's own beans: every load is audited with who
 * and why, takes effect without a restart, and a refused document leaves the version in
 * force as it was. In a database of its own, so no other test screens with these profiles.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:caravan-risk-profiles;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "caravan.risk.profile-poll=PT1H"})
class RiskProfilesTest {

    static final CountryCode KZ = CountryCode.of("KZ");

    /** The bundled weights, but a missing order on its own asks for documents. */
    static String strict(String id, String orderScore) {
        return """
                id: %s
                jurisdiction: KZ
                validFrom: 2020-01-01
                basis: crafted for the test
                yellowScore: 30
                redScore: 60
                randomInspectionRate: 0
                signals:
                  order-not-found: {score: %s}
                """.formatted(id, orderScore);
    }

    @Autowired
    RiskProfiles profiles;

    @Autowired
    RiskScreening screening;

    @Autowired
    ProfileTable table;

    FiledConsignment noOrder() {
        return honest().signal(MatchSignal.Kind.ORDER_NOT_FOUND).build();
    }

    @Test
    void aLoadedVersionIsInForceAtOnceAndEveryVersionIsAuditedWithWhoAndWhy() {
        int before = profiles.history(KZ).size();
        ProfileVersion first = profiles.load(KZ, strict("kz-strict", "30"), ProfileFormat.YAML, "officer-aliya",
                "platforms of the pilot all file orders now");
        assertThat(screening.screen(noOrder(), KZ).lane()).as("without a restart").isEqualTo(Lane.YELLOW);
        ProfileVersion second = profiles.load(KZ, strict("kz-lenient", "10"), ProfileFormat.YAML, "officer-bolat",
                "a new platform joins without orders");
        assertThat(screening.screen(noOrder(), KZ).lane()).isEqualTo(Lane.GREEN);

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(profiles.history(KZ)).hasSize(before + 2).first().satisfies(v -> {
            assertThat(v.profileId()).isEqualTo("kz-lenient");
            assertThat(v.loadedBy()).isEqualTo("officer-bolat");
            assertThat(v.reason()).isEqualTo("a new platform joins without orders");
            assertThat(v.status()).isEqualTo(ProfileVersion.Status.ACTIVE);
            assertThat(v.document()).isEqualTo(strict("kz-lenient", "10"));
        });
        assertThat(profiles.history(KZ).get(1)).satisfies(v -> {
            assertThat(v.loadedBy()).isEqualTo("officer-aliya");
            assertThat(v.status()).isEqualTo(ProfileVersion.Status.SUPERSEDED);
        });
        assertThat(profiles.active(KZ)).map(ProfileVersion::version).hasValue(second.version());
    }

    @Test
    void aRefusedDocumentIsNotStoredAndTheVersionInForceKeepsWorking() {
        profiles.load(KZ, strict("kz-strict", "30"), ProfileFormat.YAML, "officer-aliya", "all platforms file orders");
        int versions = profiles.history(KZ).size();
        assertThatThrownBy(() -> profiles.load(KZ, strict("kz-broken", "lots"), ProfileFormat.YAML, "officer-bolat",
                "a typo")).isInstanceOfSatisfying(RefusedRiskProfile.class, e -> {
                    assertThat(e.line()).isEqualTo(9);
                    assertThat(e.field()).isEqualTo("signals.order-not-found.score");
                });
        assertThat(profiles.history(KZ)).hasSize(versions);
        assertThat(screening.screen(noOrder(), KZ).lane()).isEqualTo(Lane.YELLOW);
    }

    @Test
    void aDocumentForAnotherJurisdictionIsRefused() {
        assertThatThrownBy(() -> profiles.load(CountryCode.of("UZ"), strict("kz-strict", "30"), ProfileFormat.YAML, "a", "b"))
                .isInstanceOfSatisfying(RefusedRiskProfile.class, e -> assertThat(e.field()).isEqualTo("jurisdiction"));
    }

    @Test
    void aVersionAnotherInstanceStoredIsPickedUpByThePoll() {
        profiles.load(KZ, strict("kz-lenient", "10"), ProfileFormat.YAML, "officer-aliya", "start lenient");
        assertThat(screening.screen(noOrder(), KZ).lane()).isEqualTo(Lane.GREEN);
        // written straight to the table, as another instance's load would be: this one has not seen it yet
        table.append("KZ", "kz-strict", ProfileFormat.YAML, strict("kz-strict", "30"), "officer-bolat", "elsewhere",
                Instant.now());
        assertThat(screening.screen(noOrder(), KZ).lane()).isEqualTo(Lane.GREEN);
        profiles.poll();
        assertThat(screening.screen(noOrder(), KZ).lane()).isEqualTo(Lane.YELLOW);
    }
}
