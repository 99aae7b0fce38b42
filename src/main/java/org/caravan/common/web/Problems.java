package org.caravan.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Builds the problem details every module answers with. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.uri(type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail withViolations(ProblemDetail problem, List<Violation> violations) {
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations.stream().map(Problems::render).toList());
        }
        return problem;
    }

    /** The field of a body Jackson could not read, as a violation with the JSON pointer to it. */
    public static Violation malformed(JacksonException e) {
        String pointer = e instanceof DatabindException databind ? ProblemResponses.pointer(databind) : "";
        return new Violation(pointer, "malformed", e.getOriginalMessage().split("\n")[0]);
    }

    private static Map<String, Object> render(Violation v) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (v.pointer().startsWith("header:")) {
            error.put("header", v.pointer().substring("header:".length()));
        } else {
            error.put("pointer", v.pointer());
        }
        error.put("code", v.code());
        error.put("message", v.message());
        v.line().ifPresent(line -> error.put("line", line));
        return error;
    }
}
