package org.caravan.risk;

import org.springframework.test.context.ActiveProfiles;

/** Shadow runs on the embedded default (H2). */
@ActiveProfiles("test")
class SandboxShadowTest extends SandboxShadow {
}
