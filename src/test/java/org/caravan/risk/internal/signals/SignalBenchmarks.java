package org.caravan.risk.internal.signals;

import java.nio.file.Path;
import java.util.List;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.HsExamples;
import org.caravan.reference.HsNomenclature;
import org.caravan.risk.internal.SignalDetector;
import org.springframework.context.ApplicationContext;

/** The detectors as a benchmark outside this package needs them, on a running service's beans. */
public final class SignalBenchmarks {

    private SignalBenchmarks() {
    }

    /** Undervaluation against prices learned from {@code traffic} itself, in memory. */
    public static SignalDetector undervaluation(ApplicationContext service, List<FiledConsignment> traffic) {
        PriceGroups groups = new PriceGroups(service.getBean(UnitPrices.class));
        traffic.forEach(groups::add);
        LearnedPrices learned = new LearnedPrices(groups.statistics());
        return new Undervaluation(() -> learned, service.getBean(UnitPrices.class), service.getBean(SignalSettings.class));
    }

    public static SignalDetector splitting(ApplicationContext service) {
        return service.getBean(Splitting.class);
    }

    /** HS plausibility once the nomenclature and the labelled descriptions at {@code labelled} are imported. */
    public static SignalDetector hsPlausibility(ApplicationContext service, Path nomenclature, List<Path> labelled) {
        service.getBean(HsNomenclature.class).importNomenclature(nomenclature);
        service.getBean(HsExamples.class).importFiles(labelled);
        return service.getBean(HsPlausibility.class);
    }
}
