package org.caravan.risk.internal.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A trained model as one versioned JSON document: the trees as flat arrays, the names of
 * the features they test, and the target encodings that turn categorical values into
 * numbers, so scoring needs nothing but this document.
 */
public record ModelDocument(String kind, List<String> features, Map<String, TargetEncoding> encodings,
        TreeEnsemble trees, Optional<TreeEnsemble> unseenTrees) {

    /**
     * {@code unseenTrees}, when present, score the rows whose combination the encodings never
     * saw (the declarations model); a parcel model has one ensemble.
     */
    public ModelDocument(String kind, List<String> features, Map<String, TargetEncoding> encodings, TreeEnsemble trees) {
        this(kind, features, encodings, trees, Optional.empty());
    }

    static final String FORMAT = "caravan-risk-model";
    /** Raised when the layout changes; a reader refuses layouts it does not know. */
    static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("kind", kind);
        ArrayNode names = root.putArray("features");
        features.forEach(names::add);
        ObjectNode enc = root.putObject("encodings");
        encodings.forEach((name, e) -> {
            ObjectNode node = enc.putObject(name);
            node.put("prior", e.prior());
            ObjectNode values = node.putObject("values");
            e.counts().forEach((k, c) -> values.putArray(k).add(c[0]).add(c[1]));
        });
        write(root.putObject("trees"), trees);
        unseenTrees.ifPresent(u -> write(root.putObject("unseenTrees"), u));
        return JSON.writeValueAsString(root);
    }

    /** Reads a document; one of another format or layout version is refused, naming the field. */
    public static ModelDocument fromJson(String json) {
        JsonNode root = JSON.readTree(json);
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new IllegalArgumentException("/format: not a " + FORMAT + " document");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException("/version: layout " + root.path("version") + " is not " + VERSION);
        }
        List<String> features = new ArrayList<>();
        root.path("features").forEach(n -> features.add(n.asString()));
        Map<String, TargetEncoding> encodings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("encodings").properties()) {
            Map<String, int[]> counts = new HashMap<>();
            for (Map.Entry<String, JsonNode> v : e.getValue().path("values").properties()) {
                counts.put(v.getKey(), new int[] {v.getValue().get(0).asInt(), v.getValue().get(1).asInt()});
            }
            encodings.put(e.getKey(), new TargetEncoding(e.getValue().path("prior").asDouble(), counts));
        }
        TreeEnsemble trees = read(root.path("trees"));
        Optional<TreeEnsemble> unseen = root.has("unseenTrees") ? Optional.of(read(root.path("unseenTrees")))
                : Optional.empty();
        if (trees.features() != features.size()) {
            throw new IllegalArgumentException("/trees/features: " + trees.features() + " features, but " + features.size()
                    + " names");
        }
        return new ModelDocument(root.path("kind").asString(), List.copyOf(features), encodings, trees, unseen);
    }

    private static void write(ObjectNode t, TreeEnsemble trees) {
        t.put("baseMargin", trees.baseMargin());
        t.put("features", trees.features());
        ints(t.putArray("roots"), trees.roots());
        ints(t.putArray("feature"), trees.feature());
        ints(t.putArray("left"), trees.left());
        ints(t.putArray("right"), trees.right());
        ArrayNode threshold = t.putArray("threshold");
        for (float f : trees.threshold()) {
            threshold.add(f);
        }
        ArrayNode missing = t.putArray("missingLeft");
        for (boolean b : trees.missingLeft()) {
            missing.add(b);
        }
        ArrayNode value = t.putArray("value");
        for (float f : trees.value()) {
            value.add(f);
        }
    }

    private static TreeEnsemble read(JsonNode t) {
        int nodes = t.path("feature").size();
        float[] threshold = new float[nodes];
        float[] value = new float[nodes];
        boolean[] missingLeft = new boolean[nodes];
        for (int i = 0; i < nodes; i++) {
            threshold[i] = t.path("threshold").get(i).floatValue();
            value[i] = t.path("value").get(i).floatValue();
            missingLeft[i] = t.path("missingLeft").get(i).asBoolean();
        }
        return new TreeEnsemble(ints(t.path("roots")), ints(t.path("feature")), threshold, ints(t.path("left")),
                ints(t.path("right")), missingLeft, value, t.path("baseMargin").asDouble(), t.path("features").asInt());
    }

    private static void ints(ArrayNode array, int[] values) {
        for (int v : values) {
            array.add(v);
        }
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }
}
