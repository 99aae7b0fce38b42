package org.caravan.party.internal;

import java.util.List;

import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Tells partners in the OpenAPI document what {@link SecurityConfiguration} enforces: a bearer
 * JWT on every {@code /api} operation but consumer tracking, and client credentials (HTTP Basic
 * or form fields) at the token endpoint.
 */
@Component
class ApiSecurityDocument implements OpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    static final String CLIENT_BASIC = "clientBasic";

    private static final PathPattern SECURED = PathPatternParser.defaultInstance.parse(SecurityConfiguration.SECURED);
    private static final PathPattern OPEN_TRACKING = PathPatternParser.defaultInstance
            .parse(SecurityConfiguration.OPEN_TRACKING);
    /** What the consignee sends from the tracking page, proving a fact of the filing instead of a token. */
    private static final List<PathPattern> CONSIGNEE_POSTS = List.of(
            PathPatternParser.defaultInstance.parse(SecurityConfiguration.CONSIGNEE_DOCUMENTS),
            PathPatternParser.defaultInstance.parse(SecurityConfiguration.CONSIGNEE_PAYMENTS));

    static {
        // resolved from the token, not sent by the client
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Override
    public void customise(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(new Components());
        }
        document.getComponents()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("An access token from POST " + SecurityConfiguration.TOKEN_PATH))
                .addSecuritySchemes(CLIENT_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Client id and secret; they may be sent as form fields instead"));
        if (document.getPaths() == null) {
            document.setPaths(new io.swagger.v3.oas.models.Paths());
        }
        TokenDocument.describe(document);
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/oauth2/")) {
                // HTTP Basic, or nothing in the header when the form carries the credentials
                operation.addSecurityItem(new SecurityRequirement().addList(CLIENT_BASIC))
                        .addSecurityItem(new SecurityRequirement());
                refuses(operation, "401", ProblemAnswers.refusal("Unknown client or wrong secret"));
                refuses(operation, "429", ProblemAnswers.refusalWithRetryAfter(
                        "Too many failed attempts for this client or from this address"));
            } else if (matches(SECURED, path) && !(method == PathItem.HttpMethod.GET && matches(OPEN_TRACKING, path))
                    && !(method == PathItem.HttpMethod.POST && CONSIGNEE_POSTS.stream().anyMatch(p -> matches(p, path)))) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                refuses(operation, "401", ProblemAnswers.refusal("No valid bearer token"));
                refuses(operation, "403", ProblemAnswers.refusal("The token's party may not do this"));
            }
        }));
    }

    private static boolean matches(PathPattern pattern, String path) {
        return pattern.matches(PathContainer.parsePath(path));
    }

    private static void refuses(Operation operation, String status, ApiResponse refusal) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent(status, refusal);
    }
}
