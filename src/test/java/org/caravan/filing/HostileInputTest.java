package org.caravan.filing;

import org.springframework.test.context.ActiveProfiles;

/** Hostile input on the embedded default (H2). */
@ActiveProfiles("test")
class HostileInputTest extends HostileInput {
}
