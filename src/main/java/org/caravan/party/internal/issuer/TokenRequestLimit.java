package org.caravan.party.internal.issuer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.caravan.common.ProblemTypes;
import org.caravan.common.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the authorization server's POST endpoints, which anyone may call: only a form body,
 * only a small one ({@link TokenRequestForm#MAX_BYTES}), each parameter once, read by us before
 * the server sees it. The server then reads the parameters we parsed, never the container's.
 */
final class TokenRequestLimit extends OncePerRequestFilter {

    static final Set<String> GUARDED = Set.of(AuthorizationServerConfiguration.TOKEN_PATH,
            AuthorizationServerConfiguration.REVOKE_PATH, AuthorizationServerConfiguration.INTROSPECT_PATH);

    private final JsonMapper json;

    TokenRequestLimit(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !GUARDED.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isForm(request.getContentType())) {
            TokenErrors.write(json, response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Send the request as application/x-www-form-urlencoded."));
            return;
        }
        TokenRequestForm form;
        try {
            form = TokenRequestForm.read(request.getInputStream());
        } catch (TokenRequestForm.TooLarge e) {
            // the rest of the body is left unread, so the connection cannot carry another request
            response.setHeader("Connection", "close");
            TokenErrors.write(json, response, TokenErrors.problem(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemTypes.PAYLOAD_TOO_LARGE, OAuth2ErrorCodes.INVALID_REQUEST, e.getMessage()));
            return;
        } catch (TokenRequestForm.Malformed e) {
            TokenErrors.write(json, response, TokenErrors.oauth(HttpStatus.BAD_REQUEST, OAuth2ErrorCodes.INVALID_REQUEST,
                    e.getMessage()));
            return;
        } catch (IOException e) {
            // the body broke off, or passed the service-wide limit, while it was read
            TokenErrors.write(json, response, TokenErrors.oauth(HttpStatus.BAD_REQUEST, OAuth2ErrorCodes.INVALID_REQUEST,
                    "The request body could not be read."));
            return;
        }
        chain.doFilter(new FormRequest(request, form), response);
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request as the server reads it: the parameters of the form we parsed, and an empty body. */
    private static final class FormRequest extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        FormRequest(HttpServletRequest request, TokenRequestForm form) {
            super(request);
            form.fields().forEach((name, value) -> parameters.put(name, new String[] {value}));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return empty.read();
                }

                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
