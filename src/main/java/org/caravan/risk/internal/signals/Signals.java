package org.caravan.risk.internal.signals;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the detectors' settings; the detectors are components of this package. */
@Configuration
@EnableConfigurationProperties(SignalSettings.class)
class Signals {
}
