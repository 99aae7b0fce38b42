package org.caravan.clearance.internal;

import java.util.Comparator;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.HsNomenclature;

/** The product category a consignment is counted under for monitoring and policy comparison. */
public final class ProductCategory {

    private ProductCategory() {
    }

    /** The category of the most valuable item, {@code other} for a consignment without items. */
    public static String of(FiledConsignment c, HsNomenclature nomenclature) {
        return c.items().stream().max(Comparator.comparing(i -> i.value().amount()))
                .map(i -> nomenclature.category(i.hsCode())).orElse("other");
    }
}
