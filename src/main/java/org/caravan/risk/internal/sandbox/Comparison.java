package org.caravan.risk.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caravan.reference.Money;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.Lane;
import org.caravan.risk.SandboxReport;
import org.caravan.risk.internal.store.Screened;
import org.caravan.risk.Selection;

/**
 * The measures of one side of a run, from what it screened and the labels of the parcels
 * officers controlled. A parcel with several labels (documents, then inspection) counts as
 * irregular when any control found an irregularity, and its duties found add up.
 */
final class Comparison {

    private static final int SHARE_SCALE = 4;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final Map<String, List<InspectionLabel>> labels = new HashMap<>();
    private final BigDecimal minutesPerInspection;
    private final BigDecimal minutesPerDocumentaryCheck;

    Comparison(List<InspectionLabel> labels, BigDecimal minutesPerInspection, BigDecimal minutesPerDocumentaryCheck) {
        labels.forEach(l -> this.labels.computeIfAbsent(l.trackingNumber(), k -> new ArrayList<>()).add(l));
        this.minutesPerInspection = minutesPerInspection;
        this.minutesPerDocumentaryCheck = minutesPerDocumentaryCheck;
    }

    SandboxReport.Side side(List<Screened> screened) {
        int parcels = screened.size();
        int inspections = 0;
        int documentary = 0;
        int labelled = 0;
        int irregular = 0;
        int unlabelled = 0;
        Map<Selection, Integer> selections = new EnumMap<>(Selection.class);
        Map<Currency, Money> duties = new LinkedHashMap<>();
        for (Screened s : screened) {
            selections.merge(s.selection(), 1, Integer::sum);
            if (s.lane() == Lane.GREEN) {
                continue;
            }
            List<InspectionLabel> found = labels.getOrDefault(s.trackingNumber(), List.of());
            found.forEach(l -> l.dutiesFound().ifPresent(m -> duties.merge(m.currency(), m, Money::plus)));
            if (s.lane() == Lane.YELLOW) {
                documentary++;
                continue;
            }
            inspections++;
            if (found.isEmpty()) {
                unlabelled++;
            } else {
                labelled++;
                if (found.stream().anyMatch(InspectionLabel::irregular)) {
                    irregular++;
                }
            }
        }
        BigDecimal minutes = minutesPerInspection.multiply(BigDecimal.valueOf(inspections))
                .add(minutesPerDocumentaryCheck.multiply(BigDecimal.valueOf(documentary)));
        return new SandboxReport.Side(parcels, inspections, documentary, selections, share(inspections, parcels),
                share(documentary, parcels), share(parcels - inspections - documentary, parcels), labelled, irregular,
                labelled == 0 ? Optional.empty() : Optional.of(share(irregular, labelled)), unlabelled,
                List.copyOf(duties.values()), minutes.divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
