package org.caravan.party;

import java.util.List;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;

/**
 * A filing refused for its signature: the {@value FilingSignatures#HEADER} header is bad, or
 * missing while an administration requires it. It is an {@link InvalidInput} naming the
 * header, so any channel answers 422 with it; the filing API also names its own problem type.
 */
public class SignatureRefused extends InvalidInput {

    /** The JWS does not verify, or cannot be used: malformed, attached, unknown key, weak algorithm. */
    public static final String INVALID = "invalid-signature";
    /** An administration requires this party's filings to be signed and this one is not. */
    public static final String REQUIRED = "signature-required";

    private final String problemType;

    public SignatureRefused(String problemType, String code, String message) {
        super(List.of(new Violation("header:" + FilingSignatures.HEADER, code, message)));
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }

    public String reason() {
        return violations().get(0).message();
    }
}
