package org.caravan.clearance.internal;

import java.util.Comparator;
import java.util.Optional;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.HsNomenclature;

/** The product category a consignment is counted under for monitoring and policy comparison. */
public final class ProductCategory {

    private ProductCategory() {
    }

    /** The category of the most valuable item, {@code other} for a consignment without items. */
    public static String of(FiledConsignment c, HsNomenclature nomenclature) {
        return mostValuable(c).map(i -> nomenclature.category(i.hsCode())).orElse("other");
    }

    /** The HS section (I to XXI) of the most valuable item, {@code other} for a consignment without items. */
    public static String section(FiledConsignment c) {
        return mostValuable(c).map(i -> HsNomenclature.section(i.hsCode())).orElse("other");
    }

    private static Optional<FiledConsignment.Item> mostValuable(FiledConsignment c) {
        return c.items().stream().max(Comparator.comparing(i -> i.value().amount()));
    }
}
