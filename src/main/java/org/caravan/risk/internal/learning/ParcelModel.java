package org.caravan.risk.internal.learning;

import java.util.Locale;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.risk.internal.RiskSignal;

/**
 * A parcel model ready for the hot path: the document's encodings resolved to one per
 * feature column, and per-thread buffers, so scoring a parcel reads memory and allocates
 * only the reason it gives.
 */
public final class ParcelModel {

    public static final String KIND = "parcel";
    /** The signal's name, as a risk profile weighs it. */
    public static final String SIGNAL = "model";
    /**
     * The signal speaks from this probability on: below it the model finds the parcel more
     * likely regular than not and says nothing, which also spares the honest majority the
     * cost of explaining a score.
     */
    public static final double FLOOR = 0.5;
    /** How many contributions the reason names: enough to explain, few enough to read. */
    private static final int REASONS = 3;

    private final String version;
    private final TreeEnsemble trees;
    private final TargetEncoding[] encodings;
    private final ThreadLocal<Buffers> buffers;

    private record Buffers(float[] row, double[] contributions) {
    }

    public ParcelModel(String version, ModelDocument document) {
        if (!KIND.equals(document.kind()) || !document.features().equals(ParcelFeatures.NAMES)) {
            throw new IllegalArgumentException("/features: model " + version + " is not a parcel model of features "
                    + ParcelFeatures.NAMES);
        }
        this.version = version;
        this.trees = document.trees();
        this.encodings = new TargetEncoding[ParcelFeatures.CATEGORIES.size()];
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = document.encodings().get(ParcelFeatures.CATEGORIES.get(i));
            if (encodings[i] == null) {
                throw new IllegalArgumentException("/encodings/" + ParcelFeatures.CATEGORIES.get(i) + ": missing");
            }
        }
        int columns = trees.features();
        this.buffers = ThreadLocal.withInitial(() -> new Buffers(new float[columns], new double[columns]));
    }

    public String version() {
        return version;
    }

    public double probability(FiledConsignment consignment, UsdRates rates) {
        return trees.probability(row(consignment, rates, buffers.get().row()));
    }

    /**
     * The model's signal when the fraud probability reaches {@link #FLOOR}: the probability
     * and the largest contributions towards it, in words.
     */
    public Optional<RiskSignal> signal(FiledConsignment consignment, UsdRates rates) {
        Buffers b = buffers.get();
        float[] row = row(consignment, rates, b.row());
        double probability = trees.probability(row);
        if (probability < FLOOR) {
            return Optional.empty();
        }
        trees.contributions(row, b.contributions());
        StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "fraud probability %.2f", probability));
        boolean[] named = new boolean[row.length];
        for (int r = 0; r < REASONS; r++) {
            int best = -1;
            for (int f = 0; f < row.length; f++) {
                if (!named[f] && b.contributions()[f] > 0 && (best < 0 || b.contributions()[f] > b.contributions()[best])) {
                    best = f;
                }
            }
            if (best < 0) {
                break;
            }
            named[best] = true;
            reason.append(r == 0 ? ": " : ", ").append(ContributionWords.of(ParcelFeatures.NAMES.get(best), row[best],
                    consignment)).append(String.format(Locale.ROOT, " (+%.2f)", b.contributions()[best]));
        }
        return Optional.of(new RiskSignal(SIGNAL, reason.toString(), probability));
    }

    private float[] row(FiledConsignment consignment, UsdRates rates, float[] row) {
        FiledConsignment.Item main = ParcelFeatures.main(consignment);
        String[] keys = ParcelFeatures.keys(consignment, main);
        for (int i = 0; i < encodings.length; i++) {
            row[i] = encodings[i].rate(keys[i]);
        }
        ParcelFeatures.numbers(consignment, main, rates, row);
        return row;
    }
}
