package org.caravan.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.caravan.interchange.internal.edifact.CuscarInterchange;
import org.caravan.interchange.internal.edifact.EdifactLimits;
import org.caravan.interchange.internal.edifact.SyntaxFault;
import org.caravan.interchange.internal.wco.WcoDeclaration;
import org.caravan.interchange.internal.wco.XmlFault;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Thousands of broken interchanges and declarations through the readers: truncations,
 * bad separators, wrong counts and references, bad dates and numbers, unknown codes,
 * swollen elements, binary noise, entity tricks. None throws, none hangs, and every
 * refusal carries a position (segment and element, or XPath) and a code. The same
 * mutations go through the HTTP endpoints in {@link InterchangeFuzzTest}.
 */
class EdiFuzzTest {

    static final int EXAMPLES = Integer.getInteger("caravan.fuzz.rounds", 3000);

    static final String VALID = Edifact.cuscar(Edifact.manifestBody(3), "FUZZ0001");

    @Test
    void aBrokenInterchangeIsRefusedWithPositionsAndNeverThrows() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> qt().withExamples(EXAMPLES).withFixedSeed(2026L)
                .forAll(integers().between(0, Mutations.EDIFACT.size() - 1), integers().between(0, 1_000_000))
                .checkAssert((which, n) -> {
                    var mutation = Mutations.EDIFACT.get(which);
                    String broken = mutation.apply().apply(VALID, n);
                    CuscarInterchange read = CuscarInterchange.read(
                            new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), EdifactLimits.DEFAULT);
                    for (SyntaxFault f : read.faults()) {
                        assertThat(f.segment()).as(mutation.name()).isGreaterThanOrEqualTo(0);
                        assertThat(f.code()).as(mutation.name()).matches("\\d{2}");
                        assertThat(f.describe()).as(mutation.name()).startsWith("segment ");
                    }
                    if (read.valid()) {
                        assertThat(read.messages()).as(mutation.name() + ": a valid interchange maps").isNotEmpty();
                    }
                }));
    }

    @Test
    void everyMutationKindIsRefusedAtLeastOnce() {
        Map<String, Integer> refused = new java.util.TreeMap<>();
        for (var mutation : Mutations.EDIFACT) {
            for (int n = 0; n < 50; n++) {
                String broken = mutation.apply().apply(VALID, n * 7919);
                if (!CuscarInterchange.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                        EdifactLimits.DEFAULT).valid()) {
                    refused.merge(mutation.name(), 1, Integer::sum);
                }
            }
        }
        assertThat(refused.keySet()).containsAll(Mutations.EDIFACT.stream().map(Mutations.Mutation::name).toList());
    }

    @Test
    void aBrokenDeclarationIsRefusedWithAnXPathAndNeverThrows() {
        String valid = Wco.corridorDeclaration("LRN-FUZZ-1");
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> qt().withExamples(EXAMPLES).withFixedSeed(2026L)
                .forAll(integers().between(0, Mutations.XML.size() - 1), integers().between(0, 1_000_000))
                .checkAssert((which, n) -> {
                    var mutation = Mutations.XML.get(which);
                    String broken = mutation.apply().apply(valid, n);
                    WcoDeclaration read = WcoDeclaration.read(broken.getBytes(StandardCharsets.UTF_8));
                    List<XmlFault> faults = read.faults();
                    for (XmlFault f : faults) {
                        assertThat(f.xpath()).as(mutation.name()).startsWith("/");
                        assertThat(f.message()).as(mutation.name()).doesNotContain("root:x:0");
                    }
                    if (read.valid()) {
                        assertThat(read.manifest()).as(mutation.name()).isNotNull();
                        assertThat(read.manifest().toString()).as(mutation.name()).doesNotContain("root:x:0");
                    }
                }));
    }
}
