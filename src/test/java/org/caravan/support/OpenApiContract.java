package org.caravan.support;

import java.util.List;

import org.caravan.simulator.CaravanClient.Reply;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's own OpenAPI document as a checker of its answers: an answer must have a
 * status and content type the document declares for the operation, and a body valid against
 * the schema declared there. OpenAPI 3.1 schemas are JSON Schema 2020-12, so each one is
 * validated as is, with the document's components as its {@code $defs}.
 */
public final class OpenApiContract {

    /**
     * JSON Schema 2020-12 with the keyword OpenAPI adds to it, which only annotates; formats
     * (uuid, date-time, uri-reference) are asserted, as a generated client would parse them.
     */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword("example")).build(),
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final JsonNode document;
    private final JsonNode definitions;

    public OpenApiContract(JsonNode document) {
        this.document = document;
        this.definitions = Api.JSON.readTree(document.path("components").path("schemas").toString()
                .replace("#/components/schemas/", "#/$defs/"));
    }

    /** Why the answer breaks the contract of {@code method path}; empty when it keeps it. */
    public List<String> violations(String method, String path, Reply reply) {
        return violations(method, path, reply.status(), reply.contentType(), reply.body());
    }

    public List<String> violations(String method, String path, int status, String contentType, JsonNode body) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            return List.of(method + " " + path + " is not in the document");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of(method + " " + path + " does not declare status " + status);
        }
        String mediaType = contentType.split(";")[0].trim();
        JsonNode schema = response.path("content").path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            return List.of(method + " " + path + " " + status + " does not declare " + mediaType + " content");
        }
        return validator(schema).validate(body).stream()
                .map(e -> method + " " + path + " " + status + ": " + e.getMessage()).toList();
    }

    private Schema validator(JsonNode declared) {
        ObjectNode root = (ObjectNode) Api.JSON.readTree(declared.toString().replace("#/components/schemas/", "#/$defs/"));
        root.set("$defs", definitions);
        return SCHEMAS.getSchema(root);
    }
}
