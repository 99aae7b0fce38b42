package org.caravan.party.internal;

import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.internal.issuer.AuthorizationServerConfiguration;
import org.springframework.http.MediaType;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The authorization server's endpoints in the OpenAPI document: they are filters, not
 * controllers, so springdoc does not see them.
 */
final class TokenDocument {

    private TokenDocument() {
    }

    static void describe(OpenAPI document) {
        ModelConverters.getInstance().readAll(TokenSchemas.Response.class).forEach(document.getComponents()::addSchemas);
        ModelConverters.getInstance().readAll(TokenSchemas.Request.class).forEach(document.getComponents()::addSchemas);
        ModelConverters.getInstance().readAll(TokenSchemas.TokenForm.class).forEach(document.getComponents()::addSchemas);
        document.getPaths().addPathItem(AuthorizationServerConfiguration.TOKEN_PATH, new PathItem().post(new Operation()
                .addTagsItem("oauth2").operationId("token")
                .summary("Issue an access token to a client (OAuth 2.0 client credentials)")
                .description("The client authenticates with HTTP Basic or with client_id and client_secret in the form. "
                        + "The token is a JWT signed by the issuer's current key (see /oauth2/jwks).")
                .requestBody(form("TokenRequest"))
                .responses(new ApiResponses().addApiResponse("200", json("A bearer token", "TokenResponse"))
                        .addApiResponse("400", ProblemAnswers.refusal("Malformed request or unsupported grant type"))
                        .addApiResponse("401", ProblemAnswers.refusal("Unknown client or wrong secret"))
                        .addApiResponse("413", ProblemAnswers.refusal("The form is over 8 KiB"))
                        .addApiResponse("415", ProblemAnswers.refusal("Not a form body"))
                        .addApiResponse("429", ProblemAnswers.refusalWithRetryAfter(
                                "Too many failed attempts for this client or from this address"))
                        .addApiResponse("503", ProblemAnswers.refusal("The store is unavailable; retry later")))));
        document.getPaths().addPathItem(AuthorizationServerConfiguration.REVOKE_PATH, new PathItem().post(new Operation()
                .addTagsItem("oauth2").operationId("revokeToken")
                .summary("Revoke one of the client's own access tokens (RFC 7009)")
                .description("The API refuses the token at once. An unknown token is answered 200 as well.")
                .requestBody(form("TokenForm"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("Revoked"))
                        .addApiResponse("400", ProblemAnswers.refusal("Malformed request"))
                        .addApiResponse("401", ProblemAnswers.refusal("Unknown client, wrong secret or another client's token"))
                        .addApiResponse("413", ProblemAnswers.refusal("The form is over 8 KiB"))
                        .addApiResponse("415", ProblemAnswers.refusal("Not a form body")))));
        document.getPaths().addPathItem(AuthorizationServerConfiguration.INTROSPECT_PATH, new PathItem().post(new Operation()
                .addTagsItem("oauth2").operationId("introspectToken")
                .summary("Whether a token is active, and its claims (RFC 7662)")
                .requestBody(form("TokenForm"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description(
                        "{\"active\": false} or the token's claims with \"active\": true"))
                        .addApiResponse("400", ProblemAnswers.refusal("Malformed request"))
                        .addApiResponse("401", ProblemAnswers.refusal("Unknown client or wrong secret"))
                        .addApiResponse("413", ProblemAnswers.refusal("The form is over 8 KiB"))
                        .addApiResponse("415", ProblemAnswers.refusal("Not a form body")))));
    }

    private static RequestBody form(String schema) {
        return new RequestBody().required(true).content(new Content().addMediaType(
                MediaType.APPLICATION_FORM_URLENCODED_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + schema))));
    }

    private static ApiResponse json(String description, String schema) {
        return new ApiResponse().description(description).content(new Content().addMediaType(MediaType.APPLICATION_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
    }
}
