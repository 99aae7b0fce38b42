package org.caravan.party.internal.issuer;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every refusal of the authorization server's endpoints as an RFC 6749 error body
 * ({@code error}, {@code error_description}) that is also RFC 9457 problem details, like every
 * other refusal of the service.
 */
final class TokenErrors implements AuthenticationFailureHandler {

    private final JsonMapper json;

    TokenErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST);
        String description = error.getDescription() != null ? error.getDescription() : describe(error.getErrorCode());
        if (exception instanceof SecretAuthentication.LockedOut locked) {
            response.setHeader("Retry-After", Long.toString(locked.retryAfterSeconds()));
            write(json, response, problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, error.getErrorCode(),
                    description));
            return;
        }
        HttpStatus status = switch (error.getErrorCode()) {
            case OAuth2ErrorCodes.INVALID_CLIENT -> HttpStatus.UNAUTHORIZED;
            case OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case OAuth2ErrorCodes.SERVER_ERROR -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"caravan\"");
        }
        write(json, response, oauth(status, error.getErrorCode(), description));
    }

    static ProblemDetail oauth(HttpStatus status, String code, String description) {
        return problem(status, "oauth2/" + code.replace('_', '-'), code, description);
    }

    static ProblemDetail problem(HttpStatus status, String type, String code, String description) {
        ProblemDetail problem = Problems.of(status, type, "Token request refused", description);
        problem.setProperty("error", code);
        problem.setProperty("error_description", description);
        return problem;
    }

    static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String describe(String code) {
        return switch (code) {
            case OAuth2ErrorCodes.INVALID_CLIENT -> "Client authentication is required.";
            case OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE -> "Only grant_type=client_credentials is supported.";
            case OAuth2ErrorCodes.INVALID_SCOPE -> "No scope may be requested.";
            case OAuth2ErrorCodes.UNAUTHORIZED_CLIENT -> "This client may not use this grant.";
            default -> "The request is missing a parameter, repeats one or is otherwise malformed.";
        };
    }
}
