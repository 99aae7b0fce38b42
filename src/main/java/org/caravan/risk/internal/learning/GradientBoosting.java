package org.caravan.risk.internal.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains trees with XGBoost (native, offline: the command line, never the hot path) and
 * hands back the plain-Java ensemble, plus XGBoost's own predictions on the given rows
 * so the two can be compared.
 */
final class GradientBoosting {

    record Fitted(TreeEnsemble ensemble, List<float[]> xgboostPredictions) {
    }

    private GradientBoosting() {
    }

    static Fitted fit(FeatureMatrix train, float[] labels, Boosting boosting, FeatureMatrix... predictOn) {
        try {
            DMatrix data = new DMatrix(train.values(), train.rows(), train.columns(), Float.NaN);
            try {
                data.setLabel(labels);
                Booster booster = XGBoost.train(data, parameters(boosting), boosting.rounds(), Map.of(), null, null);
                try {
                    TreeEnsemble ensemble = XgboostTrees.read(booster.toByteArray("json"));
                    List<float[]> predictions = new java.util.ArrayList<>();
                    for (FeatureMatrix rows : predictOn) {
                        DMatrix other = new DMatrix(rows.values(), rows.rows(), rows.columns(), Float.NaN);
                        try {
                            float[][] p = booster.predict(other);
                            float[] flat = new float[p.length];
                            for (int i = 0; i < p.length; i++) {
                                flat[i] = p[i][0];
                            }
                            predictions.add(flat);
                        } finally {
                            other.dispose();
                        }
                    }
                    return new Fitted(ensemble, predictions);
                } finally {
                    booster.dispose();
                }
            } finally {
                data.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed to train: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> parameters(Boosting b) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "binary:logistic");
        p.put("tree_method", "hist");
        p.put("eta", b.eta());
        p.put("max_depth", b.maxDepth());
        p.put("subsample", b.subsample());
        p.put("colsample_bytree", b.columnSample());
        p.put("min_child_weight", b.minChildWeight());
        p.put("seed", b.seed());
        p.put("nthread", 2);
        p.put("verbosity", 0);
        return p;
    }
}
