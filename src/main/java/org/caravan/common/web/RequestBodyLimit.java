package org.caravan.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.caravan.common.ProblemTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds the memory one request can take: a declared length over the limit is
 * refused before reading, and a chunked body is cut off when it passes the limit.
 * A JSON Lines body and a UN/EDIFACT interchange are received into a file and read from it
 * piece by piece, never whole into memory, so they have their own, larger limit, which
 * bounds the disk they can take.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType EDIFACT = MediaType.parseMediaType("application/EDIFACT");

    private final long documentLimit;
    private final long streamedLimit;
    private final JsonMapper json;

    RequestBodyLimit(@Value("${caravan.http.max-body-bytes:33554432}") long documentLimit,
            @Value("${caravan.http.max-streamed-body-bytes:2147483648}") long streamedLimit, JsonMapper json) {
        this.documentLimit = documentLimit;
        this.streamedLimit = streamedLimit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = streamed(request) ? streamedLimit : documentLimit;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large", new PayloadTooLarge(limit).getMessage()));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static boolean streamed(HttpServletRequest request) {
        try {
            if (request.getContentType() == null) {
                return false;
            }
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return JSON_LINES.isCompatibleWith(type) || EDIFACT.isCompatibleWith(type);
        } catch (IllegalArgumentException e) {
            return false; // an unreadable content type gets the smaller limit, and a 415 after it
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLarge {
            read += n;
            if (read > limit) {
                throw new PayloadTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
