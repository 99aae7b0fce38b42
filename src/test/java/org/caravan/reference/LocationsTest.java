package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled corridor locations load as UN/LOCODEs with their function codes. */
class LocationsTest {

    final Locations locations = new Locations();

    @Test
    void knowsTheCorridorsBorderPostsAndHubs() {
        assertThat(locations.size()).isGreaterThanOrEqualTo(40);
        assertThat(locations.find(new UnLocode("KZHOR")).map(Locations.Location::name)).contains("Horgos");
        assertThat(locations.find(new UnLocode("UZTER")).orElseThrow().isBorderCrossing()).isTrue();
        assertThat(locations.find(new UnLocode("KZALA")).orElseThrow().isBorderCrossing()).isFalse();
        assertThat(locations.find(new UnLocode("KZZZZ"))).isEmpty();
    }

    @Test
    void rejectsCodesThatAreNotUnLocodes() {
        assertThat(UnLocode.isWellFormed("KZALA")).isTrue();
        assertThat(UnLocode.isWellFormed("XXALA")).as("no such country").isFalse();
        assertThat(UnLocode.isWellFormed("KZAL")).isFalse();
        assertThat(UnLocode.isWellFormed("kzala")).isFalse();
    }
}
