package org.caravan.filing;

import org.springframework.test.context.ActiveProfiles;

/** Large and streamed manifests on the embedded default (H2). */
@ActiveProfiles("test")
class StreamedManifestsTest extends StreamedManifests {
}
