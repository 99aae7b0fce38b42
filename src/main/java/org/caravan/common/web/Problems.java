package org.caravan.common.web;

import java.util.List;
import java.util.Map;

import org.caravan.common.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

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

    private static Map<String, String> render(Violation v) {
        if (v.pointer().startsWith("header:")) {
            return Map.of("header", v.pointer().substring("header:".length()), "code", v.code(), "message", v.message());
        }
        return Map.of("pointer", v.pointer(), "code", v.code(), "message", v.message());
    }
}
