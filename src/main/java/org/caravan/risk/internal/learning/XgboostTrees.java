package org.caravan.risk.internal.learning;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-lays XGBoost's JSON model (its trees as per-tree arrays) as one {@link TreeEnsemble}:
 * one set of flat arrays for all trees, inner nodes carrying their cover-weighted mean.
 */
final class XgboostTrees {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private XgboostTrees() {
    }

    static TreeEnsemble read(byte[] xgboostJson) {
        JsonNode learner = JSON.readTree(xgboostJson).path("learner");
        JsonNode params = learner.path("learner_model_param");
        int features = Integer.parseInt(params.path("num_feature").asString());
        // XGBoost 3 writes the base score as a one-element vector, "[2.1E-1]"; it is a probability for binary:logistic
        double baseScore = Double.parseDouble(params.path("base_score").asString().replace("[", "").replace("]", ""));
        JsonNode trees = learner.path("gradient_booster").path("model").path("trees");
        int total = 0;
        for (JsonNode tree : trees) {
            total += tree.path("left_children").size();
        }
        int[] roots = new int[trees.size()];
        int[] feature = new int[total];
        float[] threshold = new float[total];
        int[] left = new int[total];
        int[] right = new int[total];
        boolean[] missingLeft = new boolean[total];
        float[] value = new float[total];
        double[] cover = new double[total];
        int offset = 0;
        int t = 0;
        for (JsonNode tree : trees) {
            roots[t++] = offset;
            int size = tree.path("left_children").size();
            for (int i = 0; i < size; i++) {
                int n = offset + i;
                int l = tree.path("left_children").get(i).asInt();
                boolean leaf = l < 0;
                left[n] = leaf ? -1 : offset + l;
                right[n] = leaf ? -1 : offset + tree.path("right_children").get(i).asInt();
                feature[n] = leaf ? -1 : tree.path("split_indices").get(i).asInt();
                // at a leaf XGBoost keeps the leaf value in split_conditions
                float condition = tree.path("split_conditions").get(i).floatValue();
                threshold[n] = leaf ? 0 : condition;
                value[n] = leaf ? condition : 0;
                missingLeft[n] = tree.path("default_left").get(i).asInt() != 0;
                cover[n] = tree.path("sum_hessian").get(i).asDouble();
            }
            fillMeans(offset, left, right, value, cover);
            offset += size;
        }
        return new TreeEnsemble(roots, feature, threshold, left, right, missingLeft, value,
                Math.log(baseScore / (1 - baseScore)), features);
    }

    /** An inner node's value is the mean of its children weighted by their cover (hessian sums). */
    private static void fillMeans(int root, int[] left, int[] right, float[] value, double[] cover) {
        List<Integer> order = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int n = stack.remove(stack.size() - 1);
            order.add(n);
            if (left[n] >= 0) {
                stack.add(left[n]);
                stack.add(right[n]);
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            int n = order.get(i);
            if (left[n] >= 0) {
                double c = cover[left[n]] + cover[right[n]];
                value[n] = (float) (c > 0 ? (value[left[n]] * cover[left[n]] + value[right[n]] * cover[right[n]]) / c
                        : (value[left[n]] + value[right[n]]) / 2);
            }
        }
    }
}
