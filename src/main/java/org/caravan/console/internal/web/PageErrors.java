package org.caravan.console.internal.web;

import org.caravan.common.Conflict;
import org.caravan.common.NotFound;
import org.caravan.party.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A person gets a page, not problem JSON: another administration's case is "not found", a
 * page of another role is "not allowed", each with the way back. Bad form input is answered
 * by the form itself, next to the field.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFound e, Caller caller, Model model) {
        return page(model, caller, 404, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AccessDeniedException e, Caller caller, Model model) {
        log.info("Console page refused: {}", e.getMessage());
        return page(model, caller, 403, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Conflict e, Caller caller, Model model) {
        return page(model, caller, 409, "Not possible now", e.getMessage());
    }

    private static String page(Model model, Caller caller, int status, String title, String detail) {
        // exception handlers get a fresh model: the header still says who is signed in
        model.addAttribute("caller", caller);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "console/error";
    }
}
