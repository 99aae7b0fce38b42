package org.caravan.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.reference.Money;

/**
 * A candidate beside production on the same parcels.
 *
 * @param modelScored whether the candidate's model version was scored; until models are
 *        scored in the sandbox only its profile is
 */
public record SandboxReport(SandboxRun run, Side production, Side candidate, boolean modelScored,
        BigDecimal minutesPerInspection, BigDecimal minutesPerDocumentaryCheck) {

    /**
     * What one side made of the parcels. Rates are shares of {@code parcels}; the hit rate
     * counts only inspections whose parcel an officer controlled (a label exists), and
     * {@code unlabelledInspections} says how many of the side's inspections production never
     * controlled, so no one reads a candidate's hit rate on a handful of labels as its own.
     *
     * @param releasedBeforeArrival the share in the green lane, released on the data alone
     * @param dutiesFound duties and taxes the controls of the side's selected parcels added, per currency
     */
    public record Side(int parcels, int inspections, int documentaryChecks, Map<Selection, Integer> selections,
            BigDecimal inspectionRate, BigDecimal documentaryRate, BigDecimal releasedBeforeArrival,
            int labelledInspections, int irregularities, Optional<BigDecimal> hitRate, int unlabelledInspections,
            List<Money> dutiesFound, BigDecimal officerHours) {
    }
}
