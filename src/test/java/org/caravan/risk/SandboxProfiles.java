package org.caravan.risk;

import java.io.IOException;
import java.io.InputStream;

import org.caravan.risk.internal.RiskProfileFile;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Candidate profiles for sandbox tests: the bundled pilot profile with a change. */
final class SandboxProfiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SandboxProfiles() {
    }

    static ObjectNode pilot() {
        try (InputStream in = SandboxProfiles.class.getClassLoader().getResourceAsStream(RiskProfileFile.BUNDLED)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A missing order is no longer a finding: the change the issue asks administrations to try. */
    static ObjectNode missingOrderWeighsNothing() {
        ObjectNode profile = pilot();
        ((ObjectNode) profile.get("signalScores")).put("ORDER_NOT_FOUND", 0);
        profile.put("basis", "Candidate: a missing platform order weighs nothing");
        return profile;
    }

    /** Everything that scores at all is inspected. */
    static ObjectNode strict() {
        ObjectNode profile = pilot();
        profile.put("yellowScore", 1);
        profile.put("redScore", 2);
        profile.put("basis", "Candidate: inspect every finding");
        return profile;
    }
}
