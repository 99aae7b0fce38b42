package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** One recipient's quota spent by parallel manifests, on the embedded default (H2). */
@ActiveProfiles("test")
class RecipientQuotaTest extends RecipientQuota {
}
