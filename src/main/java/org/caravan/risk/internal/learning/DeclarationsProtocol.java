package org.caravan.risk.internal.learning;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caravan.risk.ProtocolEvaluation;
import org.caravan.risk.RankingFigures;
import org.caravan.risk.ScoreFigures;

/**
 * The protocol of the Customs Import Declaration Datasets paper: learn from one period,
 * rank the next period's declarations by score, and measure the ranking overall and on the
 * unseen rows, beside a per-combination fraud-rate lookup. A row whose combination training
 * never saw is scored by trees learned without the encodings that only know seen values.
 */
public final class DeclarationsProtocol {

    /** A model learned from the training declarations, with XGBoost's own predictions on the test rows. */
    record Learned(DeclarationFeatures features, GradientBoosting.Fitted fitted) {
    }

    public static final String KIND = "declarations";

    private DeclarationsProtocol() {
    }

    public static ProtocolEvaluation evaluate(Path train, Path test) {
        return evaluate(Declaration.read(train), Declaration.read(test), Boosting.DECLARATIONS);
    }

    /** Learns from the declarations of a file and returns the model document: both ensembles and the encodings. */
    public static ModelDocument train(Path train) {
        return learnDocument(Declaration.read(train), Boosting.DECLARATIONS);
    }

    static ModelDocument learnDocument(List<Declaration> train, Boosting boosting) {
        DeclarationFeatures features = DeclarationFeatures.learn(train);
        FeatureMatrix training = features.training(train);
        float[] labels = DeclarationFeatures.labels(train);
        TreeEnsemble specific = GradientBoosting.fit(training, labels, boosting).ensemble();
        DeclarationFeatures.blankSpecific(training.values());
        TreeEnsemble general = GradientBoosting.fit(training, labels, boosting).ensemble();
        return new ModelDocument(KIND, DeclarationFeatures.names(), features.encodings(), specific, Optional.of(general));
    }

    /** Each row's fraud probability by the document: seen combinations by the first trees, the others by the second. */
    static double[] score(ModelDocument document, List<Declaration> rows) {
        DeclarationFeatures features = DeclarationFeatures.of(document.encodings());
        TreeEnsemble unseenTrees = document.unseenTrees().orElse(document.trees());
        FeatureMatrix matrix = features.of(rows);
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            float[] row = matrix.row(i);
            if (features.seen(rows.get(i))) {
                scores[i] = document.trees().probability(row);
            } else {
                DeclarationFeatures.blankSpecific(row);
                scores[i] = unseenTrees.probability(row);
            }
        }
        return scores;
    }

    static ProtocolEvaluation evaluate(List<Declaration> train, List<Declaration> test, Boosting boosting) {
        // scored through the exported document itself, so the figures are those of what `risk train` writes
        ModelDocument document = ModelDocument.fromJson(learnDocument(train, boosting).toJson());
        Set<String> seen = combinations(train);
        return new ProtocolEvaluation(figures(score(document, test), seen, test), figures(lookup(train, test), seen, test));
    }

    static Learned learn(List<Declaration> train, Boosting boosting, FeatureMatrix... predictOn) {
        DeclarationFeatures features = DeclarationFeatures.learn(train);
        return new Learned(features, GradientBoosting.fit(features.training(train), DeclarationFeatures.labels(train),
                boosting, predictOn));
    }

    private static Set<String> combinations(List<Declaration> rows) {
        Set<String> seen = new HashSet<>();
        rows.forEach(d -> seen.add(d.combination()));
        return seen;
    }

    /** The baseline: each combination's fraud rate in training; a combination never seen gets the overall rate. */
    static double[] lookup(List<Declaration> train, List<Declaration> test) {
        Map<String, int[]> counts = new HashMap<>();
        int frauds = 0;
        for (Declaration d : train) {
            int[] c = counts.computeIfAbsent(d.combination(), k -> new int[2]);
            c[0]++;
            c[1] += d.fraud() ? 1 : 0;
            frauds += d.fraud() ? 1 : 0;
        }
        double overall = (double) frauds / train.size();
        double[] scores = new double[test.size()];
        for (int i = 0; i < scores.length; i++) {
            int[] c = counts.get(test.get(i).combination());
            scores[i] = c == null ? overall : (double) c[1] / c[0];
        }
        return scores;
    }

    private static ScoreFigures figures(double[] scores, Set<String> seen, List<Declaration> test) {
        boolean[] frauds = new boolean[test.size()];
        int unseen = 0;
        for (int i = 0; i < frauds.length; i++) {
            frauds[i] = test.get(i).fraud();
            unseen += seen.contains(test.get(i).combination()) ? 0 : 1;
        }
        double[] unseenScores = new double[unseen];
        boolean[] unseenFrauds = new boolean[unseen];
        int j = 0;
        for (int i = 0; i < frauds.length; i++) {
            if (!seen.contains(test.get(i).combination())) {
                unseenScores[j] = scores[i];
                unseenFrauds[j++] = frauds[i];
            }
        }
        RankingFigures all = Ranking.of(scores, frauds);
        return new ScoreFigures(all.rows(), all.frauds(), all.precisionAt(), all.recallAt(), all.auc(),
                Ranking.of(unseenScores, unseenFrauds));
    }
}
