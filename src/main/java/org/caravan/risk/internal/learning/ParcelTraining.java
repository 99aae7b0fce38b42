package org.caravan.risk.internal.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.caravan.filing.FiledConsignment;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.ModelMetrics;

/**
 * Learns a parcel model from inspection results: a pure function of the consignments and
 * their labels. The most recent labels are held out and measure the model, as its next
 * weeks of traffic would.
 */
public final class ParcelTraining {

    /** Share of the labels, the most recent, kept out of training to measure the model. */
    static final double HELD_OUT = 0.2;
    /** Below this many labelled consignments, or without both outcomes, there is nothing to learn. */
    static final int MINIMUM_LABELS = 20;
    private static final int FOLDS = 5;

    public record Trained(ModelDocument document, ModelMetrics metrics) {
    }

    private ParcelTraining() {
    }

    public static Trained train(List<FiledConsignment> consignments, List<InspectionLabel> labels,
            UsdRates rates, Boosting boosting) {
        Map<UUID, FiledConsignment> byId = new HashMap<>();
        consignments.forEach(c -> byId.put(c.id(), c));
        List<InspectionLabel> usable = new ArrayList<>(labels.stream().filter(l -> byId.containsKey(l.consignmentId()))
                .sorted(Comparator.comparing(InspectionLabel::concludedAt)).toList());
        long irregular = usable.stream().filter(InspectionLabel::irregular).count();
        if (usable.size() < MINIMUM_LABELS || irregular == 0 || irregular == usable.size()) {
            throw new IllegalArgumentException("Need at least " + MINIMUM_LABELS + " labelled consignments with both "
                    + "outcomes; found " + usable.size() + " of which " + irregular + " irregular");
        }
        int heldOut = (int) Math.round(usable.size() * HELD_OUT);
        List<InspectionLabel> learnFrom = usable.subList(0, usable.size() - heldOut);
        List<InspectionLabel> measureOn = usable.subList(usable.size() - heldOut, usable.size());
        List<FiledConsignment> train = learnFrom.stream().map(l -> byId.get(l.consignmentId())).toList();
        float[] y = new float[train.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = learnFrom.get(i).irregular() ? 1 : 0;
        }
        String[][] keys = new String[ParcelFeatures.CATEGORIES.size()][train.size()];
        for (int i = 0; i < train.size(); i++) {
            String[] k = ParcelFeatures.keys(train.get(i), ParcelFeatures.main(train.get(i)));
            for (int c = 0; c < k.length; c++) {
                keys[c][i] = k[c];
            }
        }
        Map<String, TargetEncoding> encodings = new LinkedHashMap<>();
        int columns = ParcelFeatures.NAMES.size();
        float[][] rows = new float[train.size()][columns];
        for (int c = 0; c < keys.length; c++) {
            encodings.put(ParcelFeatures.CATEGORIES.get(c), TargetEncoding.learn(keys[c], y));
            float[] oof = TargetEncoding.outOfFold(keys[c], y, FOLDS);
            for (int i = 0; i < rows.length; i++) {
                rows[i][c] = oof[i];
            }
        }
        for (int i = 0; i < rows.length; i++) {
            ParcelFeatures.numbers(train.get(i), ParcelFeatures.main(train.get(i)), rates, rows[i]);
        }
        TreeEnsemble trees = GradientBoosting.fit(FeatureMatrix.of(rows, columns), y, boosting).ensemble();
        ModelDocument document = new ModelDocument(ParcelModel.KIND, ParcelFeatures.NAMES, encodings, trees);
        ParcelModel model = new ParcelModel("held-out", document);
        double[] scores = new double[measureOn.size()];
        boolean[] truth = new boolean[measureOn.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.probability(byId.get(measureOn.get(i).consignmentId()), rates);
            truth[i] = measureOn.get(i).irregular();
        }
        return new Trained(document, new ModelMetrics(usable.size(), train.size(), heldOut, Ranking.of(scores, truth)));
    }
}
