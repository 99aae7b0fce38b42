package org.caravan.risk;

/**
 * What a model version was measured on: labelled consignments found, how many it learned
 * from, and its ranking figures on the most recent ones it never saw.
 */
public record ModelMetrics(int labelled, int trainedOn, int heldOut, RankingFigures heldOutFigures) {
}
