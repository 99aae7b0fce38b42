package org.caravan.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.caravan.reference.internal.store.ReferenceTables;
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
 * Time per screening of one name against the UN and OFAC lists (both imported from
 * {@code ../shared/data/sanctions}), over the names of the evaluation's labelled set in turn:
 * listed names in their variants and unlisted names, about one in three unlisted.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main WatchlistBenchmark -prof org.caravan.bench.CpuTimeProfiler"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class WatchlistBenchmark {

    Watchlist watchlist;
    String[] names;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        ReferenceTables tables = ReferenceTables.inMemory();
        watchlist = new Watchlist(tables.watchlist());
        watchlist.importUnConsolidated(Path.of("..", "shared", "data", "sanctions", "un-consolidated-2026-02-27.xml"));
        watchlist.importOfacSdn(Path.of("..", "shared", "data", "sanctions", "ofac-sdn-2024-05-03.csv"));
        List<WatchlistEvaluation.Case> cases = WatchlistEvaluation.labelledSet(WatchlistEvaluation.entries(tables.watchlist().all()));
        names = cases.stream().map(WatchlistEvaluation.Case::name).toArray(String[]::new);
    }

    /** Names in turn: 13,793 of them, more than screening remembers, so none is answered from memory. */
    @Benchmark
    public Object screen() {
        String name = names[next];
        next = (next + 1) % names.length;
        return watchlist.screen(name);
    }

    /** One seller again and again, as a platform's parcels bring it: answered from memory. */
    @Benchmark
    public Object screenARepeatedName() {
        return watchlist.screen("Yiwu Cotton Garments Co");
    }
}
