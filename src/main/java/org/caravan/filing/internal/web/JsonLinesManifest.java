package org.caravan.filing.internal.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.common.Violation;
import org.caravan.common.web.Problems;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manifest sent as JSON Lines: a header line with the master consignment, then one house
 * consignment per line. Every line is read, so an unreadable one is reported with all the
 * others instead of ending the read, and every problem can be traced back to its line.
 */
final class JsonLinesManifest {

    private static final Pattern CONSIGNMENT = Pattern.compile("^/consignments/(\\d+)(/.*)?$");

    private final FilingRequests.Manifest header;
    private final List<FilingRequests.ConsignmentLine> readable = new ArrayList<>();
    /** For each readable consignment: its index among all consignment lines, and its line number. */
    private final List<Integer> index = new ArrayList<>();
    private final List<Integer> lineNumber = new ArrayList<>();
    private final List<Violation> unreadable = new ArrayList<>();

    private JsonLinesManifest(byte[] body, JsonMapper json) {
        FilingRequests.Manifest read = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            if (first != null && !first.isBlank()) {
                try {
                    read = json.readValue(first, FilingRequests.Manifest.class);
                } catch (JacksonException e) {
                    unreadable.add(Problems.malformed(e).atLine(1));
                }
            }
            int number = 1;
            int consignment = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    readable.add(json.readValue(line, FilingRequests.ConsignmentLine.class));
                    index.add(consignment);
                    lineNumber.add(number);
                } catch (JacksonException e) {
                    unreadable.add(Problems.malformed(e).atLine(number));
                }
                consignment++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.header = read;
    }

    static JsonLinesManifest read(byte[] body, JsonMapper json) {
        return new JsonLinesManifest(body, json);
    }

    /** Problems with lines that are not JSON or not of the expected shape, pointers within the line. */
    List<Violation> unreadable() {
        return unreadable;
    }

    /** The manifest as far as it could be read; {@code null} when the header line is missing or unreadable. */
    FilingRequests.Manifest manifest() {
        return header == null ? null : header.withConsignments(readable);
    }

    /**
     * Adds the line number to violations of {@link #manifest()}: a consignment's fields are on
     * its own line (and keep their index among all consignment lines), the master
     * consignment's on the header line.
     */
    List<Violation> locate(List<Violation> violations) {
        return violations.stream().map(this::locate).toList();
    }

    private Violation locate(Violation v) {
        if (v.pointer().startsWith("header:") || v.pointer().equals("/consignments")) {
            return v;
        }
        Matcher m = CONSIGNMENT.matcher(v.pointer());
        if (!m.matches()) {
            return v.atLine(1);
        }
        int i = Integer.parseInt(m.group(1));
        if (i >= readable.size()) {
            return v;
        }
        String rest = m.group(2) == null ? "" : m.group(2);
        return v.at("/consignments/" + index.get(i) + rest).atLine(lineNumber.get(i));
    }
}
