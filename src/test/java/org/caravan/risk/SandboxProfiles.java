package org.caravan.risk;

import java.io.IOException;
import java.io.InputStream;

import org.caravan.risk.internal.RiskProfileFile;

import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Candidate profiles for sandbox tests: the bundled profile, made Kazakhstan's, with a change. */
public final class SandboxProfiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private SandboxProfiles() {
    }

    public static ObjectNode pilot() {
        try (InputStream in = SandboxProfiles.class.getClassLoader().getResourceAsStream(RiskProfileFile.BUNDLED)) {
            ObjectNode profile = (ObjectNode) YAML.readTree(in);
            profile.put("jurisdiction", "KZ");
            return profile;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A missing order weighs nothing at all. */
    static ObjectNode missingOrderWeighsNothing() {
        ObjectNode profile = pilot();
        ((ObjectNode) profile.get("signals").get("order-not-found")).put("score", 0);
        profile.put("id", "kz-no-order-weight");
        profile.put("basis", "Candidate: a missing platform order weighs nothing");
        return profile;
    }

    /** Everything that scores at all is inspected. */
    public static ObjectNode strict() {
        ObjectNode profile = pilot();
        profile.put("yellowScore", 1);
        profile.put("redScore", 2);
        profile.put("id", "kz-strict");
        profile.put("basis", "Candidate: inspect every finding");
        return profile;
    }
}
