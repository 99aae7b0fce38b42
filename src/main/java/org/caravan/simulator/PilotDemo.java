package org.caravan.simulator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The demo: a small multi-day pilot on the simulator, played against the service while its
 * console shows it, ending with the monitoring and evaluation summary.
 */
@Component
public class PilotDemo {

    public Map<String, Object> run(String base, PilotSettings settings, boolean asJson, PrintStream out) {
        // with --json, stdout carries the summary alone
        PrintStream progress = asJson ? System.err : out;
        if (settings.daySeconds() > 0) {
            progress.printf("Watch it on the console while it runs: %s/console/dashboard (sign in as demo-officer-kz / demo-secret)%n",
                    base);
        }
        PilotSimulation.Result result = PilotSimulation.run(base, settings, PilotSimulation.freshRunTag(), progress);
        Map<String, Object> summary = new LinkedHashMap<>(result.evaluation());
        String tracked = result.traffic().parcels().get(0).trackingNumber();
        summary.put("urls", Map.of("api", base + "/api/v1", "openapi", base + "/v3/api-docs", "swaggerUi",
                base + "/swagger-ui.html", "console", base + "/console", "dashboard", base + "/console/dashboard",
                "tracking", base + "/track/" + tracked, "token", base + "/oauth2/token"));
        if (asJson) {
            out.println(CaravanClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } else {
            PilotSummary.print(summary, out);
            out.println("  Console:    " + base + "/console  (officers: demo-officer-kz, -kg, -uz; pilot manager: demo-admin; secret demo-secret)");
            out.println("  Dashboard:  " + base + "/console/dashboard");
            out.println("  Tracking:   " + base + "/track  (e.g. " + tracked + ")");
            out.println("  API:        " + base + "/api/v1  (OpenAPI: " + base + "/v3/api-docs, Swagger UI: " + base + "/swagger-ui.html)");
            out.println();
        }
        return summary;
    }
}
