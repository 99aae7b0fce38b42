package org.caravan.risk;

import java.nio.file.Path;

import org.caravan.risk.internal.learning.DeclarationsProtocol;

/**
 * The risk model on the Customs Import Declaration Datasets benchmark (files, no store):
 * train a model document, or evaluate by the paper's protocol.
 */
public final class DeclarationsBenchmark {

    private DeclarationsBenchmark() {
    }

    public static ProtocolEvaluation evaluate(Path train, Path test) {
        return DeclarationsProtocol.evaluate(train, test);
    }

    /** The model learned from a declarations file, as its JSON model document. */
    public static String train(Path train) {
        return DeclarationsProtocol.train(train).toJson();
    }
}
