package org.caravan.party;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

/** The one check of what a caller's role allows; a refusal is answered 403. */
public final class Roles {

    private Roles() {
    }

    /** Refuses the request unless the caller is a declarant (courier, post or e-commerce operator) or holds one of {@code others}. */
    public static void requireDeclarant(Caller caller, Role... others) {
        if (caller.declares()) {
            return;
        }
        Role[] allowed = new Role[others.length + 3];
        allowed[0] = Role.COURIER;
        allowed[1] = Role.POST;
        allowed[2] = Role.ECOMMERCE_OPERATOR;
        System.arraycopy(others, 0, allowed, 3, others.length);
        require(caller, allowed);
    }

    /** Refuses the request unless the caller holds one of the {@code allowed} roles. */
    public static void require(Caller caller, Role... allowed) {
        for (Role role : allowed) {
            if (caller.is(role)) {
                return;
            }
        }
        throw new AccessDeniedException("Only a " + Arrays.stream(allowed).map(Role::name)
                .collect(Collectors.joining(" or ")) + " may do this");
    }
}
