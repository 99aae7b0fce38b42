package org.caravan.simulator.internal.pilot;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What a simulated officer's control finds and records. An inspection finds a parcel's fraud
 * with the officer's skill, a documentary check, which sees papers and not goods, with half of
 * it; an honest parcel is never found at fault. Which parcels a control finds is drawn from the
 * seed and the parcel's place in the traffic, so it does not depend on when the control happens
 * or on the run's tag.
 */
final class OfficerFindings {

    private final long seed;
    private final double skill;
    /** Split purchases already reassessed whole: a later part is recorded at its own value. */
    private final Set<String> purchasesReassessed = new HashSet<>();

    OfficerFindings(long seed, double skill) {
        this.seed = seed;
        this.skill = skill;
    }

    boolean finds(SimParcel p, boolean inspection) {
        double chance = inspection ? skill : skill / 2;
        return p.fraud().fraudulent() && new SplittableRandom(seed * 31 + p.serial()).nextDouble() < chance;
    }

    /** The result an officer records; {@code found} says whether the control found the parcel's fraud. */
    Map<String, Object> result(SimParcel p, boolean found, boolean inspection) {
        if (!found) {
            return Map.of("outcome", inspection ? "NO_FINDINGS" : "DOCUMENTS_ACCEPTED");
        }
        return switch (p.fraud()) {
            case PROHIBITED, LISTED_PARTY -> Map.of("outcome", "PROHIBITED_GOODS", "note", p.fraud() == Fraud.LISTED_PARTY
                    ? "seller on a sanctions list" : "goods prohibited in international post");
            case MISCLASSIFICATION -> p.category().equals("tobacco")
                    ? Map.of("outcome", "PROHIBITED_GOODS", "note", "nicotine product declared under another subheading")
                    : irregularity(p.trueValueUsd(), "medicine declared under another subheading");
            case SPLITTING -> purchasesReassessed.contains(p.purchase())
                    ? irregularity(p.declaredValueUsd(), "part of a split purchase already reassessed")
                    : irregularity(p.trueValueUsd(), "part of one purchase split into several parcels");
            case UNDERVALUATION -> irregularity(p.trueValueUsd(), "invoice in the parcel shows the price paid");
            case FALSE_ORIGIN -> irregularity(p.declaredValueUsd(), "goods marked made in China");
            case NONE -> throw new IllegalArgumentException("nothing to find in " + p.trackingNumber());
        };
    }

    /** Caravan accepted the result: a split purchase is now reassessed whole. */
    void recorded(SimParcel p, boolean found) {
        if (found && p.fraud() == Fraud.SPLITTING) {
            purchasesReassessed.add(p.purchase());
        }
    }

    private static Map<String, Object> irregularity(BigDecimal valueUsd, String note) {
        return Map.of("outcome", "IRREGULARITY", "reassessedValue", Map.of("amount", valueUsd.toPlainString(), "currency", "USD"),
                "note", note);
    }
}
