package org.caravan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The Caravan clearance service: one Spring Modulith application, one module per
 * bounded context (see ARCHITECTURE.md and {@code docs/modules}).
 */
@SpringBootApplication
@Modulithic(systemName = "Caravan", sharedModules = "common")
@EnableAsync
public class CaravanApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaravanApplication.class, args);
    }
}
