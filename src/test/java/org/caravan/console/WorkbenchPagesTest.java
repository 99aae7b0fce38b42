package org.caravan.console;

import org.springframework.test.context.ActiveProfiles;

/** The workbench pages on H2. */
@ActiveProfiles("test")
class WorkbenchPagesTest extends WorkbenchPages {
}
