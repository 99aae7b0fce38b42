package org.caravan.support;

import java.sql.DriverManager;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests when a server answers; skips them with a reason otherwise, unless
 * {@code CARAVAN_REQUIRE_POSTGRES=1}, in which case they run and fail loudly.
 */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("1".equals(System.getenv("CARAVAN_REQUIRE_POSTGRES"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL is required (CARAVAN_REQUIRE_POSTGRES=1)");
        }
        String url = System.getenv().getOrDefault("CARAVAN_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("CARAVAN_TEST_DB_USER", "postgres");
        try (var c = DriverManager.getConnection(url, user, System.getenv().getOrDefault("CARAVAN_TEST_DB_PASSWORD", ""))) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url);
        } catch (Exception e) {
            return ConditionEvaluationResult.disabled("No PostgreSQL at " + url + " (" + e.getMessage()
                    + "); set CARAVAN_REQUIRE_POSTGRES=1 to make this a failure");
        }
    }
}
