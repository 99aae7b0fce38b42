package org.caravan.common.web;

import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.NotFound;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every rejection into RFC 9457 problem details naming the offending field.
 * Anything unexpected becomes a logged 500 without internals in the body. Second in order, so
 * the console's pages can answer people with a page instead.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final int RETRY_AFTER_SECONDS = 3;

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return Problems.withViolations(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.VALIDATION,
                "The request has invalid fields", e.violations().size() + " field(s) are invalid; see errors."),
                e.violations());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.withViolations(Problems.of(HttpStatus.CONFLICT, e.problemType(),
                "The request conflicts with what is recorded", e.getMessage()), e.violations());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                "No resource at " + e.getResourcePath());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ProblemDetail tooLarge(PayloadTooLarge e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large",
                e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        PayloadTooLarge tooLarge = causeOf(e, PayloadTooLarge.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        JacksonException jackson = causeOf(e, JacksonException.class);
        if (jackson != null) {
            return unparsable(jackson);
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
                "The request body is not valid JSON for this resource", "The request body is missing or unreadable.");
        return Problems.withViolations(problem, List.of(new Violation("", "malformed", "the body is missing or unreadable")));
    }

    @ExceptionHandler(JacksonException.class)
    ProblemDetail unparsable(JacksonException e) {
        String pointer = e instanceof DatabindException databind ? pointer(databind) : "";
        String reason = e.getOriginalMessage().split("\n")[0];
        return Problems.withViolations(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
                "The request body is not valid JSON for this resource", reason),
                List.of(new Violation(pointer, "malformed", reason)));
    }

    @ExceptionHandler(RejectedLines.class)
    ProblemDetail rejectedLines(RejectedLines e) {
        ProblemDetail problem = e.malformed()
                ? Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
                        "The request body is not valid JSON for this resource", e.getMessage())
                : Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.VALIDATION, "The request has invalid fields",
                        e.getMessage());
        return Problems.withViolations(problem, e.listed());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed for this party", e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                "Send a bearer token from POST /oauth2/token (client credentials).");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        boolean idempotency = "Idempotency-Key".equalsIgnoreCase(e.getHeaderName());
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
                idempotency ? ProblemTypes.MISSING_IDEMPOTENCY_KEY : ProblemTypes.VALIDATION,
                "A required header is missing", "The header " + e.getHeaderName() + " is required.");
        return Problems.withViolations(problem,
                List.of(new Violation("header:" + e.getHeaderName(), "required", "is required")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "A required parameter is missing",
                "The query parameter " + e.getParameterName() + " is required.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "A parameter has the wrong form",
                "The parameter " + e.getName() + " is not valid.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported content type", "Content type " + e.getContentType() + " is not accepted here; send "
                        + e.getSupportedMediaTypes() + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.of(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                "This resource answers in " + e.getSupportedMediaTypes() + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                "Method " + e.getMethod() + " is not supported here.");
    }

    /**
     * The database could not serve the request in time (no pooled connection, which Spring
     * reports as a resource failure or, in a transaction, as CannotCreateTransaction; a lock
     * or query timeout) or an executor refused work: the request was rolled back, so the
     * client may retry it unchanged. 503 with Retry-After instead of a 500 lets clients
     * back off rather than report a fault.
     */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, SQLTransientConnectionException.class, TaskRejectedException.class})
    ResponseEntity<ProblemDetail> overloaded(Exception e) {
        log.info("Overloaded, answered 503: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                        "Service temporarily overloaded", "The service is too busy to complete the request now; nothing was "
                                + "stored. Retry after " + RETRY_AFTER_SECONDS + " seconds with the same Idempotency-Key."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The request could not be completed; nothing was partially stored. Retry with the same Idempotency-Key.");
    }

    static String pointer(DatabindException e) {
        StringBuilder pointer = new StringBuilder();
        for (var reference : e.getPath()) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
