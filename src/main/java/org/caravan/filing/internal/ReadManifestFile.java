package org.caravan.filing.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.caravan.common.Ids;
import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.common.Violations;
import org.caravan.common.web.Problems;
import org.caravan.filing.FiledConsignment;
import org.caravan.filing.ManifestReading;
import org.caravan.filing.internal.web.FilingRequests;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ManifestReading} through the API's own validation. Nothing is stored and no order is
 * matched: the consignments carry no match signals and no seller, and a courier id of zeros.
 */
@Component
class ReadManifestFile implements ManifestReading {

    /** The courier of a manifest read from a file, which no party filed. */
    static final UUID NO_COURIER = new UUID(0, 0);

    private final ManifestValidation validation;
    private final ObjectReader manifestReader;
    private final ObjectReader lineReader;

    ReadManifestFile(ManifestValidation validation, JsonMapper json) {
        this.validation = validation;
        this.manifestReader = json.readerFor(FilingRequests.Manifest.class);
        this.lineReader = json.readerFor(FilingRequests.ConsignmentLine.class);
    }

    @Override
    public void read(Path file, Instant filedAt, Consumer<FiledConsignment> each) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                readLines(in, filedAt, each);
            } else {
                readObject(in, filedAt, each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readObject(Reader in, Instant filedAt, Consumer<FiledConsignment> each) {
        FilingRequests.Manifest request;
        try {
            request = manifestReader.readValue(in);
        } catch (JacksonException e) {
            throw new InvalidInput(Problems.malformed(e));
        }
        Manifest manifest = validation.validate(request);
        UUID manifestId = Ids.next();
        manifest.consignments().forEach(house -> each.accept(filed(manifest, manifestId, house, filedAt)));
    }

    private void readLines(Reader in, Instant filedAt, Consumer<FiledConsignment> each) {
        BoundedLines text = new BoundedLines(in, JsonLinesFiling.MAX_LINE_CHARS);
        BoundedLines.Line first = text.next();
        if (first == null || first.tooLong() || first.text().isBlank()) {
            throw new InvalidInput(new Violation("", "required", "the first line must be the manifest header").atLine(1));
        }
        Violations v = new Violations();
        ManifestValidation.Header header = validation.header(v, parse(manifestReader, first));
        atLine(v, 1);
        UUID manifestId = Ids.next();
        Set<String> trackingNumbers = new HashSet<>();
        int index = 0;
        for (BoundedLines.Line line = text.next(); line != null; line = text.next()) {
            if (!line.tooLong() && line.text().isBlank()) {
                continue;
            }
            String pointer = "/consignments/" + index++;
            if (line.tooLong()) {
                throw new InvalidInput(new Violation(pointer, "line-too-long",
                        "a line holds at most " + JsonLinesFiling.MAX_LINE_CHARS + " characters").atLine(line.number()));
            }
            FilingRequests.ConsignmentLine request = parse(lineReader, line);
            Manifest.HouseConsignment house = validation.consignment(v, pointer, request, header.route(), trackingNumbers);
            atLine(v, line.number());
            each.accept(filed(header.valid(), manifestId, house, filedAt));
        }
    }

    private static <T> T parse(ObjectReader reader, BoundedLines.Line line) {
        try {
            T value = reader.readValue(line.text());
            if (value == null) {
                throw new InvalidInput(new Violation("", "required", "must be a JSON object").atLine(line.number()));
            }
            return value;
        } catch (JacksonException e) {
            throw new InvalidInput(Problems.malformed(e).atLine(line.number()));
        }
    }

    private static void atLine(Violations v, int number) {
        if (!v.isEmpty()) {
            throw new InvalidInput(v.list().stream().map(p -> p.atLine(number)).toList());
        }
    }

    private static FiledConsignment filed(Manifest header, UUID manifestId, Manifest.HouseConsignment line, Instant filedAt) {
        return new FiledConsignment(Ids.next(), manifestId, line.trackingNumber(), NO_COURIER, line.platformCode(),
                line.platformOrderRef(), Optional.empty(), line.consignee(), line.grossMassKg(), line.declaredValue(),
                line.items(), java.util.List.of(), Optional.empty(), header.transportMode().name(),
                header.departureCountry(), filedAt);
    }
}
