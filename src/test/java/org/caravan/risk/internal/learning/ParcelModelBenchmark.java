package org.caravan.risk.internal.learning;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.caravan.filing.FiledConsignment;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per parcel of the model signal on the hot path: a parcel model learned from crafted
 * inspection results, over honest and high-risk parcels in turn; and, as the heavier bound,
 * one row through the declarations model (300 trees of depth 6) learned from
 * {@code ../shared/data/customs-declarations}.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main ParcelModelBenchmark -prof org.caravan.bench.CpuTimeProfiler"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ParcelModelBenchmark {

    ParcelModel model;
    FiledConsignment[] parcels;
    TreeEnsemble declarations;
    float[][] rows;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        CraftedInspections crafted = new CraftedInspections(2000);
        model = new ParcelModel("bench", ParcelTraining.train(crafted.consignments, crafted.labels,
                CraftedInspections.DOLLARS, Boosting.PARCELS).document());
        parcels = crafted.consignments.toArray(FiledConsignment[]::new);
        List<Declaration> train = Declaration.read(Path.of("..", "shared", "data", "customs-declarations",
                "df_syn_train_eng.csv"));
        DeclarationsProtocol.Learned learned = DeclarationsProtocol.learn(train, Boosting.DECLARATIONS);
        declarations = learned.fitted().ensemble();
        FeatureMatrix m = learned.features().of(train.subList(0, 1000));
        rows = new float[m.rows()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = m.row(i);
        }
    }

    /** The signal as the hot path asks for it: a quarter of the parcels are high-risk and get a reason. */
    @Benchmark
    public Object parcelSignal() {
        FiledConsignment parcel = parcels[next];
        next = (next + 1) % parcels.length;
        return model.signal(parcel, CraftedInspections.DOLLARS);
    }

    @Benchmark
    public double declarationTrees() {
        float[] row = rows[next % rows.length];
        next = (next + 1) % parcels.length;
        return declarations.probability(row);
    }
}
