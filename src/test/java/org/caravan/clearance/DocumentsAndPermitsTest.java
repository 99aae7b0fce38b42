package org.caravan.clearance;

import org.springframework.test.context.ActiveProfiles;

/** Paperless documents and the permit registry on the embedded default (H2). */
@ActiveProfiles("test")
class DocumentsAndPermitsTest extends DocumentsAndPermits {
}
