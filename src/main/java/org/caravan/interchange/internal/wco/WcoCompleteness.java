package org.caravan.interchange.internal.wco;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.caravan.filing.internal.web.FilingRequests;

/**
 * Whether a declaration carries every field a Caravan filing needs, judged without a
 * running service: presence only. Codes (HS, jurisdictions, currencies) are judged by
 * filing when the declaration is sent.
 */
public final class WcoCompleteness {

    private WcoCompleteness() {
    }

    public static List<XmlFault> missing(WcoDeclaration d) {
        List<XmlFault> missing = new ArrayList<>();
        FilingRequests.Manifest m = d.manifest();
        require(missing, d, "/manifestRef", m.manifestRef());
        require(missing, d, "/transportMode", m.transportMode());
        require(missing, d, "/departure/country", m.departure() == null ? null : m.departure().country());
        require(missing, d, "/arrival/country", m.arrival() == null ? null : m.arrival().country());
        FilingRequests.ConsignmentLine line = m.consignments().get(0);
        var consignee = line.consignee();
        require(missing, d, "/consignments/0/consignee/name", consignee == null ? null : consignee.name());
        require(missing, d, "/consignments/0/currency", line.currency());
        require(missing, d, "/consignments/0/grossMassKg", line.grossMassKg());
        if (line.items().isEmpty()) {
            missing.add(new XmlFault(d.xpathOf("/consignments/0/items"), "required", "at least one goods item"));
        }
        for (int i = 0; i < line.items().size(); i++) {
            FilingRequests.LineItem item = line.items().get(i);
            String p = "/consignments/0/items/" + i;
            for (var field : List.<Field>of(new Field("/description", FilingRequests.LineItem::description),
                    new Field("/hsCode", FilingRequests.LineItem::hsCode), new Field("/value", FilingRequests.LineItem::value),
                    new Field("/originCountry", FilingRequests.LineItem::originCountry))) {
                require(missing, d, p + field.pointer(), field.value().apply(item));
            }
        }
        return missing;
    }

    private record Field(String pointer, Function<FilingRequests.LineItem, String> value) {
    }

    private static void require(List<XmlFault> missing, WcoDeclaration d, String pointer, String value) {
        if (value == null || value.isBlank()) {
            missing.add(new XmlFault(d.xpathOf(pointer), "required", "is required for a Caravan filing (" + pointer + ")"));
        }
    }
}
