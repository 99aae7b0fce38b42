package org.caravan.party.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds each authenticated client to its share of the service, so one platform's runaway
 * retry loop cannot starve the others' filings: past its requests per period, a client is
 * answered 429 with Retry-After until the period turns. Runs after Spring Security's chain,
 * which has already named the client; anonymous routes have their own per-address limits.
 * The count is per process: behind several instances, each holds the client to the limit.
 */
@Component
// after Spring Security's filter chain (order -100), which has named the client by then
@Order(0)
@EnableConfigurationProperties(ClientRateLimit.Settings.class)
class ClientRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientRateLimit.class);

    /**
     * {@code caravan.http.rate-limit.*}: requests a client may make per period, and overrides
     * per client id (a platform filing an order per checkout needs more than an officer).
     * Zero switches the limit off.
     */
    @ConfigurationProperties("caravan.http.rate-limit")
    record Settings(Integer requestsPerPeriod, Duration period, Map<String, Integer> clients) {

        Settings {
            requestsPerPeriod = requestsPerPeriod == null ? 3000 : requestsPerPeriod;
            period = period == null ? Duration.ofSeconds(1) : period;
            clients = clients == null ? Map.of() : Map.copyOf(clients);
        }

        int limitOf(String clientId) {
            return clients.getOrDefault(clientId, requestsPerPeriod);
        }
    }

    private final Settings settings;
    private final RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
    private final JsonMapper json;

    ClientRateLimit(Settings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt) || jwt.getSubject() == null) {
            chain.doFilter(request, response);
            return;
        }
        String clientId = jwt.getSubject();
        int limit = settings.limitOf(clientId);
        if (limit <= 0) {
            chain.doFilter(request, response);
            return;
        }
        RateLimiter limiter = limiters.rateLimiter(clientId, () -> RateLimiterConfig.custom().limitForPeriod(limit)
                .limitRefreshPeriod(settings.period()).timeoutDuration(Duration.ZERO).build());
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : settings.period().toNanos();
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        log.warn("Client '{}' is over its {} requests per {}; refused for {} s", clientId, limit,
                settings.period(), seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
                "Too many requests from this client", "This client may make " + limit + " requests per "
                        + settings.period().toMillis() + " ms; retry after " + seconds + " s."));
    }
}
