package org.caravan.party.internal;

import java.util.Arrays;
import java.util.Optional;

import org.caravan.party.Parties;
import org.caravan.party.Role;
import org.caravan.reference.CountryCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the documented demo parties (secret {@code demo-secret}) on the embedded default,
 * so a fresh clone can try the API. Never on the {@code postgres} profile, and not when
 * {@code CARAVAN_DEMO_PARTIES=false}.
 */
@Component
class DemoParties {

    static final String SECRET = "demo-secret";
    private static final Logger log = LoggerFactory.getLogger(DemoParties.class);

    private final Parties parties;
    private final boolean enabled;

    DemoParties(Parties parties, Environment environment, @Value("${CARAVAN_DEMO_PARTIES:true}") String flag) {
        this.parties = parties;
        boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        this.enabled = !postgres && !"false".equalsIgnoreCase(flag.trim());
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        parties.ensure("demo-platform", SECRET, "Demo Marketplace", Role.PLATFORM, Optional.empty());
        parties.ensure("demo-platform-2", SECRET, "Second Demo Marketplace", Role.PLATFORM, Optional.empty());
        parties.ensure("demo-courier", SECRET, "Demo Express Courier", Role.COURIER, Optional.empty());
        parties.ensure("demo-road-courier", SECRET, "Demo Road Carrier (files UN/EDIFACT)", Role.COURIER, Optional.empty());
        parties.ensure("demo-officer-kz", SECRET, "Demo officer, State Revenue Committee (KZ)", Role.OFFICER,
                Optional.of(CountryCode.of("KZ")));
        parties.ensure("demo-officer-kg", SECRET, "Demo officer, State Customs Service (KG)", Role.OFFICER,
                Optional.of(CountryCode.of("KG")));
        parties.ensure("demo-officer-uz", SECRET, "Demo officer, Customs Committee (UZ)", Role.OFFICER,
                Optional.of(CountryCode.of("UZ")));
        parties.ensure("demo-agency-kz", SECRET, "Demo permit agency, Ministry of Health (KZ)", Role.ISSUING_AGENCY,
                Optional.of(CountryCode.of("KZ")));
        parties.ensure("demo-admin", SECRET, "Demo administrator", Role.ADMIN, Optional.empty());
        log.info("Demo parties are available (client secret '{}'); set CARAVAN_DEMO_PARTIES=false to disable", SECRET);
    }
}
