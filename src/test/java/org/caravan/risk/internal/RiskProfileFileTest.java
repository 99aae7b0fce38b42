package org.caravan.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caravan.reference.ReferenceData;
import org.caravan.risk.Lane;
import org.caravan.risk.ProfileFormat;
import org.caravan.risk.RefusedRiskProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A profile document that cannot be applied is refused when read, naming its line and field. */
class RiskProfileFileTest {

    static final ReferenceData REFERENCE = ReferenceData.inMemory();
    static final ProfileVocabulary VOCABULARY = PilotDetectors.vocabulary(REFERENCE);

    /** Line 1 is {@code id}; the first rule's {@code hs} is on line 14. */
    static final String VALID = """
            id: kz-2027
            jurisdiction: KZ
            validFrom: 2027-01-01
            validTo: 2027-12-31
            basis: Order 123 of the State Revenue Committee
            yellowScore: 30
            redScore: 60
            randomInspectionRate: "0.02"
            signals:
              order-not-found: {score: 20}
            rules:
              - id: phones
                description: cheap phones
                when: {hs: ['851713'], unitPriceUsd: {below: 30}}
                then: {score: 45}
            """;

    static RefusedRiskProfile refusal(String document) {
        try {
            RiskProfileFile.read(document, ProfileFormat.YAML, VOCABULARY);
        } catch (RefusedRiskProfile e) {
            return e;
        }
        throw new AssertionError("the document was accepted:\n" + document);
    }

    @Test
    void theBundledProfileReadsAndScoresAMissingOrderBelowTheYellowThreshold() {
        RiskProfile bundled = PilotDetectors.bundled(REFERENCE);
        assertThat(bundled.jurisdiction()).isEqualTo(RiskProfile.ANY_JURISDICTION);
        assertThat(bundled.basis()).contains("risk-management settings of the participating administrations");
        assertThat(bundled.yellowScore()).isEqualTo(30);
        assertThat(bundled.redScore()).isEqualTo(60);
        assertThat(bundled.randomInspectionRate()).isEqualByComparingTo("0.01");
        assertThat(bundled.weights().get("order-not-found").score()).isLessThan(bundled.yellowScore());
        assertThat(bundled.weights().get("prohibited-goods").atLeast()).isEqualTo(Lane.RED);
        assertThat(bundled.weights().keySet()).as("every signal the pilot detectors raise is weighed")
                .containsExactlyInAnyOrderElementsOf(VOCABULARY.signals());
    }

    @Test
    void aValidDocumentReadsInYamlAndInJson() {
        RiskProfile yaml = RiskProfileFile.read(VALID, ProfileFormat.YAML, VOCABULARY);
        assertThat(yaml.id()).isEqualTo("kz-2027");
        assertThat(yaml.rules()).extracting(ProfileRule::id).containsExactly("phones");
        RiskProfile json = RiskProfileFile.read("""
                {"id": "kz-json", "jurisdiction": "KZ", "validFrom": "2027-01-01", "basis": "b", "yellowScore": 30,
                 "redScore": 60, "randomInspectionRate": "0", "rules": [{"id": "r", "description": "d",
                 "when": {"hs": ["8517"]}, "then": {"score": 1}}]}
                """, ProfileFormat.JSON, VOCABULARY);
        assertThat(json.rules()).hasSize(1);
    }

    @ParameterizedTest(name = "{1} at line {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "14 | rules[0].when.hs[0]          | ['851713'] | ['85x1']                 | '85x1' is not an HS code or prefix",
            "14 | rules[0].when.hs[0]          | ['851713'] | ['851799']               | not a subheading of the HS nomenclature",
            "14 | rules[0].when.unitPriceUsd.below | {below: 30} | {below: cheap}       | must be a decimal number",
            "14 | rules[0].when.colour         | {hs: ['851713'], | {colour: red, hs: ['851713'], | is not a field here",
            "15 | rules[0].then.lane           | {score: 45} | {lane: PURPLE}           | 'PURPLE' is not one of [GREEN, YELLOW, RED]",
            "15 | rules[0].then.requestDocument | {score: 45} | {requestDocument: SELFIE} | 'SELFIE' is not one of",
            "10 | signals.order-missing        | order-not-found: | order-missing:       | 'order-missing' is not a signal any detector raises",
            "4  | validTo                      | 2027-12-31 | 2026-12-31               | 2026-12-31 is before validFrom 2027-01-01",
            "3  | validFrom                    | 2027-01-01 | 2027-13-01               | must be a date YYYY-MM-DD",
            "7  | redScore                     | redScore: 60 | redScore: 30       | must be above yellowScore (30), not 30",
            "6  | yellowScore                  | yellowScore: 30 | yellowScore: thirty | must be a whole number",
            "8  | randomInspectionRate         | \"0.02\" | \"1.5\"                | must be a share between 0 and 1",
            "2  | jurisdiction                 | jurisdiction: KZ | jurisdiction: Kazakhstan | is not a country code",
    })
    void aMalformedDocumentIsRefusedWithItsLineAndField(int line, String field, String valid, String malformed,
            String reason) {
        String document = VALID.replace(valid, malformed);
        assertThat(document).isNotEqualTo(VALID);
        RefusedRiskProfile refused = refusal(document);
        assertThat(refused.line()).isEqualTo(line);
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.reason()).contains(reason);
        assertThat(refused.getMessage()).startsWith("line " + line + ", " + field + ": ");
    }

    @Test
    void anUnknownTopLevelFieldAMissingOneAndADuplicateRuleIdAreRefused() {
        assertThat(refusal(VALID + "threshold: 5\n")).satisfies(r -> {
            assertThat(r.line()).isEqualTo(16);
            assertThat(r.field()).isEqualTo("threshold");
        });
        assertThat(refusal(VALID.replace("basis: Order 123 of the State Revenue Committee\n", "")).field())
                .isEqualTo("basis");
        RefusedRiskProfile twice = refusal(VALID + """
                  - id: phones
                    description: again
                    when: {hs: '61'}
                    then: {lane: YELLOW}
                """);
        assertThat(twice.line()).isEqualTo(16);
        assertThat(twice.field()).isEqualTo("rules[1].id");
    }

    @Test
    void textThatIsNotYamlIsRefusedWithItsLine() {
        RefusedRiskProfile refused = refusal(VALID.replace("yellowScore: 30", "yellowScore: [30"));
        assertThat(refused.line()).isPositive();
        assertThat(refused.reason()).startsWith("not readable YAML");
        assertThat(refusal("id: a\nid: b\n").reason()).contains("Duplicate");
    }

    @Test
    void aRuleWithoutConditionOrEffectIsRefused() {
        assertThat(refusal(VALID.replace("when: {hs: ['851713'], unitPriceUsd: {below: 30}}", "when: {}")).field())
                .isEqualTo("rules[0].when");
        assertThat(refusal(VALID.replace("then: {score: 45}", "then: {}")).field()).isEqualTo("rules[0].then");
    }

    @Test
    void aRangeThatHoldsNothingIsRefused() {
        RefusedRiskProfile refused = refusal(VALID.replace("{below: 30}", "{atLeast: 30, below: 10}"));
        assertThat(refused.field()).isEqualTo("rules[0].when.unitPriceUsd.below");
        assertThatThrownBy(() -> RiskProfileFile.read(VALID.replace("hs: ['851713']", "hs: []"), ProfileFormat.YAML,
                VOCABULARY)).isInstanceOf(RefusedRiskProfile.class).hasMessageContaining("rules[0].when.hs");
    }
}
