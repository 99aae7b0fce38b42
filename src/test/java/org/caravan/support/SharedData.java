package org.caravan.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public reference data beside the project ({@code ../shared/data}), never copied into it.
 * Tests that need it skip without it, and fail when {@code CARAVAN_REQUIRE_SHARED_DATA=1}.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String relative) {
        Path path = Path.of("..", "shared", "data").resolve(relative);
        if (!Files.isRegularFile(path)) {
            if ("1".equals(System.getenv("CARAVAN_REQUIRE_SHARED_DATA"))) {
                fail("Shared reference data missing: " + path.toAbsolutePath());
            }
            assumeTrue(false, "Shared reference data not present at " + path.toAbsolutePath() + "; skipping");
        }
        return path;
    }
}
