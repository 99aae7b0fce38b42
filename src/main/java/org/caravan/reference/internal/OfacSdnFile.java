package org.caravan.reference.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The OFAC SDN list in its CSV layout: no header,
 * {@code ent_num,name,type,program,title,call_sign,vess_type,tonnage,grt,vess_flag,vess_owner,remarks},
 * {@code -0-} for empty. OFAC publishes aliases in a separate file; the remarks quote many of
 * them ("a.k.a. 'BNC'"), and those are read as names of the same party.
 */
public final class OfacSdnFile {

    public static final String LIST = "OFAC-SDN";

    /** A quoted alias runs to the quote that ends the remark, not to a quote inside it (ABU-'UMAR). */
    private static final Pattern ALIAS = Pattern.compile("[af]\\.k\\.a\\.,?\\s*'(.+?)'(?=\\s*[;.,)]|\\s*$)");

    /** Rows without a header are read as lists of cells. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private OfacSdnFile() {
    }

    public static List<ListedName> read(Path file) {
        List<ListedName> names = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> lines = CSV.readerForListOf(String.class)
                        .with(CsvSchema.emptySchema()).readValues(in)) {
            while (lines.hasNext()) {
                List<String> cells = lines.next();
                String primary = cell(cells, 1);
                if (primary.isEmpty()) {
                    continue;
                }
                String program = cell(cells, 3);
                String reference = "OFAC SDN ent_num " + cell(cells, 0) + (program.isEmpty() ? "" : " (" + program + ")");
                String type = cell(cells, 2);
                String kind = type.isEmpty() ? "entity" : type.toLowerCase(java.util.Locale.ROOT);
                for (String name : names(primary, cell(cells, 11))) {
                    names.add(new ListedName(reference, primary, name, kind));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static Set<String> names(String primary, String remarks) {
        Set<String> names = new LinkedHashSet<>();
        names.add(primary);
        Matcher alias = ALIAS.matcher(remarks);
        while (alias.find()) {
            String name = alias.group(1).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String cell(List<String> cells, int i) {
        if (i >= cells.size()) {
            return "";
        }
        String value = cells.get(i).trim();
        return value.equals("-0-") ? "" : value;
    }
}
