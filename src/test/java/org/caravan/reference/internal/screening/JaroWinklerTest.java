package org.caravan.reference.internal.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Winkler's own examples, and the bit-set path agreeing with the plain one it replaces on the hot path. */
class JaroWinklerTest {

    @Test
    void givesWinklersFigures() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(0.0001));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, within(0.0001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, within(0.0001));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }

    @Test
    void theBitSetPathAgreesWithThePlainOne() {
        qt().withExamples(5_000).forAll(strings().betweenCodePoints('a', 'f').ofLengthBetween(1, 64),
                strings().betweenCodePoints('a', 'f').ofLengthBetween(1, 64))
                .check((a, b) -> JaroWinkler.similarity(a, b) == JaroWinkler.similarityOfLongWords(a, b));
    }

    @Test
    void aFoldedRunOfOneLetterIsAWordNotAnInitial() {
        assertThat(ScreeningNames.words("Maria III")).containsExactly("maria", "iii");
        assertThat(ScreeningNames.words("I. Ivanov")).containsExactly("i", "ivanov");
        assertThat(ScreeningNames.words("Нұрлан Әбдіқадыров")).containsExactly("nurlan", "abdikadirov");
    }
}
