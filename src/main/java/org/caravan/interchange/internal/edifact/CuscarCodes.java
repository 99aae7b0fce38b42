package org.caravan.interchange.internal.edifact;

import java.util.Map;
import java.util.Optional;

/**
 * The code values of Caravan's CUSCAR, in one place for the reader, the writer and the
 * guide (docs/edifact/CUSCAR.md): UNTDID code lists 1001, 3035, 3227, 5025, 8051 and
 * UN/ECE Recommendation 19 for the mode of transport.
 */
final class CuscarCodes {

    static final String CARGO_MANIFEST = "785";
    static final String ORIGINAL = "9";
    static final String ESTIMATED_ARRIVAL = "132";
    static final String MAIN_CARRIAGE = "20";
    static final String DEPARTURE_COUNTRY = "35";
    static final String DEPARTURE_PLACE = "5";
    static final String ARRIVAL_COUNTRY = "28";
    static final String ARRIVAL_PLACE = "60";
    static final String ROUTING = "92";
    static final String ORIGIN_COUNTRY = "27";
    static final String ORDER_NUMBER = "ON";
    static final String PLATFORM = "ZZZ";
    static final String MEASUREMENT = "AAE";
    static final String GROSS_WEIGHT = "G";
    static final String KILOGRAM = "KGM";
    static final String DECLARED_VALUE = "40";
    static final String ITEM_VALUE = "66";
    static final String CONSIGNEE = "CN";
    static final String GOODS_DESCRIPTION = "AAA";
    static final String PRODUCT_IDENTIFICATION = "5";
    static final String HARMONIZED_SYSTEM = "HS";
    static final String QUANTITY = "47";

    /** Recommendation 19 codes by Caravan's transport modes. */
    private static final Map<String, String> MODES = Map.of("1", "SEA", "2", "RAIL", "3", "ROAD", "4", "AIR", "5", "POST");

    private CuscarCodes() {
    }

    static Optional<String> transportMode(String code) {
        return Optional.ofNullable(MODES.get(code));
    }

    static String modeCode(String mode) {
        return MODES.entrySet().stream().filter(e -> e.getValue().equals(mode)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
