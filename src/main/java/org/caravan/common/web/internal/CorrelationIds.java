package org.caravan.common.web.internal;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.common.LogContext;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request a correlation id, the caller's X-Correlation-Id when it is a plain
 * token (so a courier's own id follows its filing through our logs) or a new one, and
 * echoes it in the answer. Runs before security, so a refusal is logged under it too.
 * Where the address names a consignment its tracking number is put beside it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIds extends OncePerRequestFilter {

    static final String HEADER = "X-Correlation-Id";
    /** Letters, digits and a few separators: nothing that could forge a log line or a JSON field. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern CONSIGNMENT_PATH = Pattern.compile(
            "^(?:/api/v1/(?:consignments|tracking)|/console/consignments|/track|/api/v1/[a-z-]+/passages)/([^/]{1,64})");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(LogContext.CORRELATION_ID, id);
        response.setHeader(HEADER, id);
        Matcher consignment = CONSIGNMENT_PATH.matcher(request.getRequestURI());
        if (consignment.find() && WELL_FORMED.matcher(consignment.group(1)).matches()) {
            LogContext.consignment(consignment.group(1));
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LogContext.CORRELATION_ID);
            MDC.remove(LogContext.CONSIGNMENT);
        }
    }

    /** Error dispatches keep the id of the request they answer. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
