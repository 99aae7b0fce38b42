package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Names are normalised once per screening on the hot path, so plain ASCII names take a
 * shortcut without Unicode decomposition or regular expressions. It must give exactly what
 * the general rule gives, or a listed name would slip through screening.
 */
class WatchlistNormalisationTest {

    /** The general rule, as the watchlist applies it to any name. */
    static String general(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    @Test
    void theAsciiShortcutGivesWhatTheGeneralRuleGives() {
        qt().withExamples(5_000).forAll(strings().ascii().ofLengthBetween(0, 40))
                .check(name -> Watchlist.normalise(name).equals(general(name)));
    }

    @Test
    void namesWithAccentsOrCyrillicStillTakeTheGeneralRule() {
        assertThat(Watchlist.normalise("  José  O'Brien-Núñez ")).isEqualTo("JOSE O BRIEN NUNEZ");
        assertThat(Watchlist.normalise("Иван Петров")).isEqualTo(general("Иван Петров"));
        assertThat(Watchlist.normalise("acme  trading, ltd.")).isEqualTo("ACME TRADING LTD");
    }
}
