package org.caravan.simulator.internal.pilot;

/** The HS section (I to XXI) of a subheading, from its chapter, as the nomenclature groups them. */
final class HsSections {

    private static final int[] FIRST_CHAPTER = {1, 6, 15, 16, 25, 28, 39, 41, 44, 47, 50, 64, 68, 71, 72, 84, 86, 90, 93, 94, 97};
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"};

    private HsSections() {
    }

    static String of(String hsCode) {
        int chapter = Integer.parseInt(hsCode.substring(0, 2));
        int section = 0;
        while (section + 1 < FIRST_CHAPTER.length && FIRST_CHAPTER[section + 1] <= chapter) {
            section++;
        }
        return NUMERALS[section];
    }
}
