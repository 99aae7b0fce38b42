package org.caravan.interchange.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.caravan.interchange.internal.InterchangeRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A rejected interchange as problem details: each error names its segment, tag, element and
 * component (EDIFACT) or XPath (WCO), the JSON pointer of the manifest field where filing's
 * validation refused it, and the code; {@code acknowledgement} carries the CONTRL or WCO response.
 * The controller answers with it itself, ahead of the shared handlers that know nothing of segments.
 */
final class InterchangeProblems {

    private InterchangeProblems() {
    }

    static ProblemDetail of(InterchangeRejected e) {
        ProblemDetail problem = e.malformed()
                ? Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INTERCHANGE_REJECTED, "The interchange cannot be read",
                        e.getMessage())
                : Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.VALIDATION, "The interchange has invalid fields",
                        e.getMessage());
        problem.setProperty("errors", e.faults().stream().map(InterchangeProblems::render).toList());
        if (e.acknowledgement() != null) {
            problem.setProperty("acknowledgement", e.acknowledgement());
        }
        return problem;
    }

    private static Map<String, Object> render(InterchangeRejected.Fault f) {
        Map<String, Object> error = new LinkedHashMap<>();
        put(error, "segment", f.segment());
        put(error, "tag", f.tag());
        put(error, "element", f.element());
        put(error, "component", f.component());
        put(error, "xpath", f.xpath());
        put(error, "pointer", f.pointer());
        error.put("code", f.code());
        error.put("message", f.message());
        return error;
    }

    private static void put(Map<String, Object> error, String name, Object value) {
        if (value != null) {
            error.put(name, value);
        }
    }
}
