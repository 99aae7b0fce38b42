package org.caravan.risk.internal.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.risk.InspectionLabel;
import org.caravan.risk.ParcelBuilder;
import org.caravan.risk.Selection;

/**
 * Inspection results with a pattern to learn: mobile phones (8517) declared at a few dollars
 * each by one seller were irregular; T-shirts and honestly priced phones were not.
 */
final class CraftedInspections {

    static final UsdRates DOLLARS = (currency, on) -> 1;

    final List<FiledConsignment> consignments = new ArrayList<>();
    final List<InspectionLabel> labels = new ArrayList<>();

    CraftedInspections(int count) {
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            boolean fraud = i % 4 == 0;
            FiledConsignment c = switch (i % 4) {
                case 0 -> highRisk(3 + random.nextInt(3));
                case 1 -> honestTwin(180 + random.nextInt(60));
                default -> ParcelBuilder.honest().consignee("Buyer " + i).build();
            };
            consignments.add(c);
            // one label in twenty is wrong, as officers and smugglers are not perfect
            boolean irregular = random.nextInt(20) == 0 ? !fraud : fraud;
            labels.add(new InspectionLabel(c.id(), CountryCode.of("KZ"), c.trackingNumber(), Selection.RANDOM, irregular,
                    Optional.empty(), Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3600L * i)));
        }
    }

    static FiledConsignment highRisk(int unitPrice) {
        return ParcelBuilder.honest().seller("Shenzhen Bright Phones").grossMassKg("2.400")
                .items(ParcelBuilder.item("851712", 4, Integer.toString(unitPrice * 4), "USD")).build();
    }

    static FiledConsignment honestTwin(int unitPrice) {
        return ParcelBuilder.honest().seller("Guangzhou Mobile Trading").grossMassKg("0.900")
                .items(ParcelBuilder.item("851712", 4, Integer.toString(unitPrice * 4), "USD")).build();
    }
}
