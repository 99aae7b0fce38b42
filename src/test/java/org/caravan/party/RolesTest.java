package org.caravan.party;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.caravan.reference.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RolesTest {

    static Caller caller(Role role) {
        return new Caller(UUID.randomUUID(), "client-" + role, role,
                role == Role.OFFICER ? Optional.of(CountryCode.of("KZ")) : Optional.empty());
    }

    @Test
    void aCallerHoldingOneOfTheAllowedRolesPasses() {
        assertThatCode(() -> Roles.require(caller(Role.COURIER), Role.COURIER)).doesNotThrowAnyException();
        assertThatCode(() -> Roles.require(caller(Role.ADMIN), Role.COURIER, Role.ADMIN)).doesNotThrowAnyException();
    }

    @Test
    void anyOtherRoleIsDeniedWithTheRolesThatWouldDo() {
        assertThatThrownBy(() -> Roles.require(caller(Role.PLATFORM), Role.COURIER, Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only a COURIER or ADMIN may do this");
        assertThatThrownBy(() -> Roles.require(caller(Role.OFFICER), Role.PLATFORM))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only a PLATFORM may do this");
    }
}
