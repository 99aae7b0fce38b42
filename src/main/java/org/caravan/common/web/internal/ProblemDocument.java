package org.caravan.common.web.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.caravan.common.web.ProblemAnswers;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents every refusal as {@code application/problem+json} with one {@code Problem}
 * schema, for the answers an operation can give by what it takes: a body can be malformed,
 * too large or of the wrong type; a path names something that may not exist; a POST that
 * records something can conflict with what is recorded. Kept here rather than on each
 * controller so the document cannot forget a module's refusals.
 */
@Component
class ProblemDocument implements OpenApiCustomizer {

    private static final String PROBLEM_ERROR = "ProblemError";

    private static final Map<Integer, String> MEANING = Map.ofEntries(
            Map.entry(400, "The request is malformed: unreadable JSON, a missing header or a bad parameter"),
            Map.entry(404, "Nothing of that name is visible to the caller"),
            Map.entry(409, "Conflicts with what is recorded: filed before, a reused Idempotency-Key or a closed case"),
            Map.entry(413, "The request body is over the limit"),
            Map.entry(415, "The request body is of a type this operation does not read"),
            Map.entry(422, "Fields are invalid; errors[] names each one"),
            Map.entry(500, "An unexpected failure; nothing was partially stored"),
            Map.entry(503, "Overloaded; nothing was stored, retry after Retry-After seconds"));

    @Override
    public void customise(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(new Components());
        }
        document.getComponents().addSchemas(ProblemAnswers.PROBLEM_SCHEMA, problem()).addSchemas(PROBLEM_ERROR, error());
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(method, operation)));
    }

    private void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Set<Integer> statuses = new TreeSet<>(List.of(500, 503));
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(400, 413, 415));
            if (operation.getRequestBody().getContent().containsKey(MediaType.APPLICATION_JSON_VALUE)) {
                statuses.add(422);
            }
        }
        if (parameters.stream().anyMatch(p -> "query".equals(p.getIn()) || "header".equals(p.getIn()))) {
            statuses.add(400);
        }
        if (parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
            statuses.add(422); // a query parameter out of range is named like a body field
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            statuses.add(404);
        }
        if (method == PathItem.HttpMethod.POST && parameters.stream().anyMatch(p -> "path".equals(p.getIn())
                || "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            statuses.add(409);
        }
        statuses.forEach(status -> operation.getResponses().computeIfAbsent(String.valueOf(status),
                s -> status == 503 ? ProblemAnswers.refusalWithRetryAfter(MEANING.get(status))
                        : ProblemAnswers.refusal(MEANING.get(status))));
    }

    /** RFC 9457 problem details as every module answers them (common.web.Problems). */
    private static Schema<?> problem() {
        return type("object").description("A refusal as RFC 9457 problem details")
                .addProperty("type", type("string").format("uri-reference")
                        .description("Identifies the kind of problem, under /problems/").example("/problems/validation"))
                .addProperty("title", type("string").description("A short summary of the kind of problem"))
                .addProperty("status", type("integer").minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", type("string").description("What went wrong with this request"))
                .addProperty("instance", type("string").format("uri-reference").description("The request path"))
                .addProperty("errors", type("array").description("Each invalid field, header or line")
                        .items(new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + PROBLEM_ERROR)))
                .addProperty("error", type("string").description("Token endpoint only: the RFC 6749 error code"))
                .addProperty("error_description", type("string").description("Token endpoint only: the RFC 6749 "
                        + "error description"))
                .required(List.of("type", "title", "status"))
                .additionalProperties(false);
    }

    private static Schema<?> error() {
        return type("object").description("One problem with one field; pointer or header says where")
                .addProperty("pointer", type("string").description("JSON pointer (RFC 6901) into the body"))
                .addProperty("header", type("string").description("The request header at fault"))
                .addProperty("code", type("string").example("required"))
                .addProperty("message", type("string"))
                .addProperty("line", type("integer").minimum(BigDecimal.ONE)
                        .description("1-based line of a JSON Lines body"))
                .required(List.of("code", "message"))
                .additionalProperties(false);
    }

    private static Schema<Object> type(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
