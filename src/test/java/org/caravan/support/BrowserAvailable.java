package org.caravan.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests when Chromium and its driver are installed; skips them with a reason
 * otherwise, unless {@code CARAVAN_REQUIRE_BROWSER=1}, in which case they run and fail loudly.
 */
public class BrowserAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("1".equals(System.getenv("CARAVAN_REQUIRE_BROWSER"))) {
            return ConditionEvaluationResult.enabled("Chromium is required (CARAVAN_REQUIRE_BROWSER=1)");
        }
        if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM);
        }
        return ConditionEvaluationResult.disabled("No " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + " (apt-get install chromium chromium-driver); set CARAVAN_REQUIRE_BROWSER=1 to make this a failure");
    }
}
