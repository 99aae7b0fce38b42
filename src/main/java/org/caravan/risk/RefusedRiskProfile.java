package org.caravan.risk;

/**
 * A risk profile document that cannot be applied, with the line (1-based; 0 when the
 * document as a whole is at fault) and the field it is refused for, such as
 * {@code rules[2].when.hs[0]}. The version before it stays in force.
 */
public class RefusedRiskProfile extends RuntimeException {

    private final int line;
    private final String field;
    private final String reason;

    public RefusedRiskProfile(int line, String field, String reason) {
        super((line > 0 ? "line " + line + ", " : "") + (field.isEmpty() ? "" : field + ": ") + reason);
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
