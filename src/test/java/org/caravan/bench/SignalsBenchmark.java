package org.caravan.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.SignalDetector;
import org.caravan.risk.internal.signals.SignalBenchmarks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CPU time per parcel of each signal detector on the traffic of {@link AssessmentBenchmark}:
 * undervaluation against prices learned from that traffic, splitting with its window filling
 * as the parcels go by (about four parcels per Uzbek recipient), HS plausibility with the
 * nomenclature and the labelled descriptions imported ({@code ../shared/data}).
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main SignalsBenchmark -prof org.caravan.bench.CpuTimeProfiler"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SignalsBenchmark {

    private final AssessmentBenchmark traffic = new AssessmentBenchmark();
    private FiledConsignment[] parcels;
    private CountryCode[] jurisdictions;
    private SignalDetector undervaluation;
    private SignalDetector splitting;
    private SignalDetector hsPlausibility;
    private int cursor;
    private int found;

    @Setup(Level.Trial)
    public void start() throws IOException {
        traffic.start();
        List<AssessmentBenchmark.Parcel> all = traffic.parcels();
        parcels = all.stream().map(AssessmentBenchmark.Parcel::consignment).toArray(FiledConsignment[]::new);
        jurisdictions = all.stream().map(AssessmentBenchmark.Parcel::jurisdiction).toArray(CountryCode[]::new);
        var service = traffic.context();
        undervaluation = SignalBenchmarks.undervaluation(service, List.of(parcels));
        splitting = SignalBenchmarks.splitting(service);
        Path data = Path.of("..", "shared", "data");
        hsPlausibility = SignalBenchmarks.hsPlausibility(service, data.resolve("hs/harmonized-system.csv"),
                List.of(data.resolve("hs-labelled/uk_tariff_references.csv"),
                        data.resolve("hs-labelled/us_cbp_cross_rulings.csv")));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        traffic.stop();
    }

    @Benchmark
    public int undervaluation() {
        return detect(undervaluation);
    }

    @Benchmark
    public int splitting() {
        return detect(splitting);
    }

    @Benchmark
    public int hsPlausibility() {
        return detect(hsPlausibility);
    }

    /** The signals each detector found over the whole traffic, once. */
    List<RiskSignal> signalsOver(String detector) {
        SignalDetector which = switch (detector) {
            case "undervaluation" -> undervaluation;
            case "splitting" -> splitting;
            default -> hsPlausibility;
        };
        List<RiskSignal> signals = new ArrayList<>();
        for (int i = 0; i < parcels.length; i++) {
            which.detect(parcels[i], jurisdictions[i], signals::add);
        }
        return signals;
    }

    private int detect(SignalDetector detector) {
        int i = cursor;
        cursor = (cursor + 1) & (AssessmentBenchmark.PARCELS - 1);
        detector.detect(parcels[i], jurisdictions[i], signal -> found++);
        return found;
    }
}
