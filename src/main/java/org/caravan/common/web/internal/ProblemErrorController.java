package org.caravan.common.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * What the servlet container reports itself (a malformed request line, a form over its
 * size limit, a path the firewall refuses) is answered as problem details like every
 * other rejection. Asked for directly, {@code /error} is just a path that does not exist.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(path = "${server.error.path:/error}", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        ProblemDetail problem;
        if (status == null) {
            problem = Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", "No resource at /error");
        } else if (status.is5xxServerError()) {
            log.error("Request to {} failed in the container", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            problem = Problems.of(status, ProblemTypes.INTERNAL, "Internal error",
                    "The request could not be completed; nothing was partially stored.");
        } else {
            problem = Problems.of(status, status == HttpStatus.CONTENT_TOO_LARGE ? ProblemTypes.PAYLOAD_TOO_LARGE
                    : status == HttpStatus.NOT_FOUND ? ProblemTypes.NOT_FOUND : ProblemTypes.MALFORMED_REQUEST,
                    status.getReasonPhrase(), "The request was refused before it reached the service: "
                            + status.getReasonPhrase() + ".");
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
