package org.caravan.party;

import org.springframework.test.context.ActiveProfiles;

/** Signed filings on the embedded default (H2). */
@ActiveProfiles("test")
class SignedFilingsTest extends SignedFilings {
}
