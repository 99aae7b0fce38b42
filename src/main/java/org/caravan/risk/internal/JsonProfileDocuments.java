package org.caravan.risk.internal;

import org.caravan.reference.HsNomenclature;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** Profile documents in the JSON layout of the bundled profile, read by {@link RiskProfileFile}. */
@Component
class JsonProfileDocuments implements ProfileDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final HsNomenclature nomenclature;

    JsonProfileDocuments(HsNomenclature nomenclature) {
        this.nomenclature = nomenclature;
    }

    @Override
    public RiskProfile read(String document) {
        try {
            return RiskProfileFile.parse(JSON.readTree(document), nomenclature::isKnown);
        } catch (JacksonException e) {
            throw new InvalidRiskProfile("the profile is not readable JSON: " + e.getOriginalMessage());
        }
    }
}
