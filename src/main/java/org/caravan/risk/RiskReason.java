package org.caravan.risk;

/** One rule that fired, with its weight and the lane it asks for at least. */
public record RiskReason(String rule, String detail, int score, Lane atLeast) {
}
