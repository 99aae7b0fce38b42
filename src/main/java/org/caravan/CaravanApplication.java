package org.caravan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Caravan clearance service: one Spring Modulith application, one module per
 * bounded context (see ARCHITECTURE.md and {@code docs/modules}). Scheduling reloads what
 * another instance or the command line changed in the shared store: exchange rates, regime
 * pins, risk profiles and models, learned prices, sandbox runs.
 */
@SpringBootApplication
@Modulithic(systemName = "Caravan", sharedModules = "common")
@EnableAsync
@EnableScheduling
public class CaravanApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaravanApplication.class, args);
    }
}
