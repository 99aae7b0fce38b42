package org.caravan.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.caravan.CaravanApplication;
import org.caravan.clearance.internal.AssessConsignment;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.MatchSignal;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Currencies;
import org.caravan.reference.ExchangeRates;
import org.caravan.reference.HsCode;
import org.caravan.reference.Jurisdictions;
import org.caravan.reference.Money;
import org.caravan.reference.Regime;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.ModelVersion;
import org.caravan.risk.RiskModels;
import org.caravan.risk.RiskResult;
import org.caravan.risk.RiskScreening;
import org.caravan.risk.Selection;
import org.caravan.risk.internal.learning.Boosting;
import org.caravan.risk.internal.learning.ParcelModel;
import org.caravan.risk.internal.learning.ParcelModels;
import org.caravan.risk.internal.learning.ParcelTraining;
import org.caravan.risk.internal.store.ModelVersionTable;
import org.caravan.simulator.internal.BenchTraffic;
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
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * CPU time per parcel of the in-memory part of assessment: every rule of the risk profile,
 * then the dated regime with its currency conversion, on the service's own beans and
 * reference data (pilot tariff, risk profile, jurisdictions, built-in exchange rates). No
 * store access is measured: the allowance a recipient used before is computed in the set-up,
 * as the manifest path reads it in one query per chunk.
 *
 * <p>The parcels are the end-to-end bench's traffic ({@link BenchTraffic}): half to
 * Kazakhstan, a third to Uzbekistan (a monthly quota per recipient, about four parcels each
 * spending it), the rest to Kyrgyzstan; 1 % each of cigarettes, medicines and smartphones declared at
 * 12 USD; nine in ten matched to a platform order, the others carrying the order-not-found
 * signal matching gives them. One parcel in five is declared in yuan instead of dollars.
 *
 * <p>Run it, with the CPU time per parcel beside JMH's elapsed time (docs/benchmarks.md):
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main AssessmentBenchmark -prof org.caravan.bench.CpuTimeProfiler"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class AssessmentBenchmark {

    /** A power of two, so the cursor wraps with a mask; large enough that branches cannot learn the sequence. */
    static final int PARCELS = 4096;
    static final long SEED = 2026;
    /** A fixed filing time, so every run converts at the same dated rates and applies the same regimes. */
    static final Instant FILED_AT = Instant.parse("2026-11-20T06:00:00Z");
    /** Every fifth parcel is declared in yuan. */
    static final int CNY_EVERY = 5;
    static final Currency CNY = Currency.getInstance("CNY");

    /** One parcel as the assessment loop receives it. */
    record Parcel(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on, Optional<Regime> regime,
            Money usedBefore) {
    }

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private AssessConsignment assess;
    private RiskScreening risk;
    private Parcel[] parcels;
    private int cursor;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("caravan-jmh");
        context = new SpringApplicationBuilder(CaravanApplication.class).web(WebApplicationType.NONE).run(
                "--caravan.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR", "--caravan.reference.built-in-fx=true",
                "--caravan.risk.random-inspection-rate=0.01");
        assess = context.getBean(AssessConsignment.class);
        risk = context.getBean(RiskScreening.class);
        parcels = parcels(context.getBean(Jurisdictions.class), context.getBean(ExchangeRates.class));
        promoteAModel();
        cursor = 0;
    }

    /**
     * A parcel model learned from the traffic itself, its risky kinds labelled irregular, and
     * promoted in every destination: screening then runs rules and model, as production does
     * once an administration has promoted one.
     */
    private void promoteAModel() {
        BenchTraffic traffic = traffic();
        List<FiledConsignment> consignments = new ArrayList<>(PARCELS);
        List<InspectionLabel> labels = new ArrayList<>(PARCELS);
        for (int i = 0; i < PARCELS; i++) {
            FiledConsignment c = parcels[i].consignment();
            consignments.add(c);
            labels.add(new InspectionLabel(c.id(), parcels[i].jurisdiction(), c.trackingNumber(), Selection.RANDOM,
                    traffic.parcel(i).kind() != BenchTraffic.Kind.ORDINARY, Optional.empty(), FILED_AT.plusSeconds(i)));
        }
        ParcelTraining.Trained trained = ParcelTraining.train(consignments, labels, context.getBean(ParcelModels.class).rates(),
                Boosting.PARCELS);
        for (String destination : List.of("KZ", "UZ", "KG")) {
            ModelVersion version = new ModelVersion("bench-" + destination, CountryCode.of(destination), ParcelModel.KIND,
                    Instant.now(), "bench", "the bench traffic's own kinds", trained.metrics(),
                    ModelVersion.Status.CANDIDATE, Optional.empty(), Optional.empty(), Optional.empty());
            context.getBean(ModelVersionTable.class).insert(version, trained.document().toJson());
            context.getBean(RiskModels.class).promote(version.version(), "bench", "measure rules and model together");
        }
    }

    private static BenchTraffic traffic() {
        // no store to issue ids from: each recipient quotes a label that stands for the person, as filing's key would
        return new BenchTraffic(SEED, "JMH", PARCELS, true, List.of("demo-platform", "demo-platform-2"),
                FILED_AT.minusSeconds(86_400), (country, person) -> Optional.of(country + "-BJMH" + person));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (context != null) {
            context.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Risk screening and the regime's arithmetic for one parcel: what the manifest path spends per parcel in memory. */
    @Benchmark
    public Decision assess() {
        Parcel p = next();
        return assess.assess(p.consignment(), p.jurisdiction(), p.on(), p.regime(), p.usedBefore());
    }

    /** Risk screening alone, so the regime's share is the difference. */
    @Benchmark
    public RiskResult screen() {
        Parcel p = next();
        return risk.screen(p.consignment(), p.jurisdiction());
    }

    private Parcel next() {
        Parcel p = parcels[cursor];
        cursor = (cursor + 1) & (PARCELS - 1);
        return p;
    }

    /** The service the benchmark runs on, for other benchmarks on the same traffic. */
    ConfigurableApplicationContext context() {
        return context;
    }

    /** The parcels, in the order the benchmark assesses them. */
    List<Parcel> parcels() {
        return List.of(parcels);
    }

    /**
     * The bench traffic as filed consignments, each with the regime of its destination's date
     * and what its recipient used of a monthly quota before it, spent parcel by parcel in
     * order as the manifest path does.
     */
    private Parcel[] parcels(Jurisdictions jurisdictions, ExchangeRates rates) {
        BenchTraffic traffic = traffic();
        Map<String, Money> used = new HashMap<>();
        List<Parcel> built = new ArrayList<>(PARCELS);
        for (int i = 0; i < PARCELS; i++) {
            BenchTraffic.Parcel generated = traffic.parcel(i);
            CountryCode code = CountryCode.of(generated.destination());
            LocalDate on = jurisdictions.dateIn(code, FILED_AT);
            BigDecimal yuanPerDollar = i % CNY_EVERY == CNY_EVERY - 1
                    ? rates.rate(Currencies.USD, CNY, on).rate()
                    : null;
            FiledConsignment consignment = filed(generated, yuanPerDollar);
            Optional<Regime> regime = assess.regime(code, org.caravan.reference.Channel.COURIER, on);
            Money zero = Money.zero(regime.map(r -> r.allowance().value().currency()).orElse(Currencies.EUR));
            Optional<String> recipient = consignment.consignee().consumerId();
            boolean counted = regime.map(r -> r.allowance().accumulates()).orElse(false) && recipient.isPresent();
            Money usedBefore = counted ? used.getOrDefault(recipient.get(), zero) : zero;
            Parcel parcel = new Parcel(consignment, code, on, regime, usedBefore);
            if (counted) {
                assess.assess(consignment, code, on, regime, usedBefore).allowanceUsedAfter()
                        .ifPresent(after -> used.put(recipient.get(), after));
            }
            built.add(parcel);
        }
        return built.toArray(Parcel[]::new);
    }

    /**
     * A manifest line of the bench traffic as filing hands it to assessment: matched to its
     * order when the platform filed one, otherwise with the signal matching gives a line that
     * names no order; in yuan when a rate is given.
     */
    @SuppressWarnings("unchecked")
    private static FiledConsignment filed(BenchTraffic.Parcel parcel, BigDecimal yuanPerDollar) {
        Map<String, Object> line = parcel.line();
        Map<String, Object> consignee = (Map<String, Object>) line.get("consignee");
        Map<String, Object> address = (Map<String, Object>) consignee.get("address");
        Currency currency = yuanPerDollar == null ? Currencies.USD : CNY;
        List<FiledConsignment.Item> items = new ArrayList<>();
        BigDecimal declared = BigDecimal.ZERO;
        for (Map<String, Object> item : (List<Map<String, Object>>) line.get("items")) {
            BigDecimal value = new BigDecimal((String) item.get("value"));
            if (yuanPerDollar != null) {
                value = value.multiply(yuanPerDollar).setScale(2, RoundingMode.HALF_UP);
            }
            declared = declared.add(value);
            items.add(new FiledConsignment.Item((String) item.get("description"), new HsCode((String) item.get("hsCode")),
                    (Integer) item.get("quantity"), Money.of(value, currency),
                    CountryCode.of((String) item.get("originCountry"))));
        }
        if (yuanPerDollar == null) {
            declared = new BigDecimal((String) line.get("declaredValue"));
        }
        Optional<String> seller = parcel.hasOrder()
                ? Optional.of((String) ((Map<String, Object>) parcel.order().get("seller")).get("name"))
                : Optional.empty();
        List<MatchSignal> signals = parcel.hasOrder() ? List.of()
                : List.of(new MatchSignal(MatchSignal.Kind.ORDER_NOT_FOUND, "no platform order reference on the manifest line"));
        return new FiledConsignment(UUID.randomUUID(), UUID.randomUUID(), parcel.trackingNumber(), UUID.randomUUID(),
                Optional.ofNullable(parcel.platform()), Optional.ofNullable((String) line.get("platformOrderRef")),
                parcel.hasOrder() ? Optional.of(UUID.randomUUID()) : Optional.empty(),
                new FiledConsignment.Consignee((String) consignee.get("name"),
                        Optional.ofNullable((String) consignee.get("consumerId")),
                        Optional.ofNullable((String) address.get("city")), CountryCode.of((String) address.get("country"))),
                new BigDecimal((String) line.get("grossMassKg")), Money.of(declared, currency), List.copyOf(items), signals,
                seller, "ROAD", CountryCode.of("CN"), FILED_AT);
    }
}
