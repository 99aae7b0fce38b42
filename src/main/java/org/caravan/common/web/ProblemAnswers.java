package org.caravan.common.web;

import java.util.Set;

import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** How a refusal is described in the OpenAPI document: problem details of the shared {@code Problem} schema. */
public final class ProblemAnswers {

    public static final String PROBLEM_SCHEMA = "Problem";

    private ProblemAnswers() {
    }

    public static ApiResponse refusal(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + PROBLEM_SCHEMA))));
    }

    /** A refusal that says in Retry-After how many seconds to wait before trying again. */
    public static ApiResponse refusalWithRetryAfter(String description) {
        return refusal(description).addHeaderObject("Retry-After",
                new Header().description("Seconds to wait before retrying")
                        .schema(new Schema<>().type("integer").types(Set.of("integer"))));
    }
}
