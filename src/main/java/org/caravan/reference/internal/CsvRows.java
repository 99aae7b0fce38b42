package org.caravan.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads RFC 4180 CSV with a header line into maps keyed by column name. */
public final class CsvRows {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvRows() {
    }

    public static List<Map<String, String>> classpath(String resource) {
        try (InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled reference data: " + resource);
            }
            List<Map<String, String>> rows = new ArrayList<>();
            stream(in, rows::add);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void file(Path file, Consumer<Map<String, String>> row) {
        try (InputStream in = Files.newInputStream(file)) {
            stream(in, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stream(InputStream in, Consumer<Map<String, String>> row) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(true);
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema)
                .readValues(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            while (rows.hasNext()) {
                row.accept(rows.next());
            }
        }
    }
}
