package org.caravan.risk.internal.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the Customs Import Declaration Datasets (Jeong et al., arXiv 2208.02484): an
 * import declaration with its inspection outcome, {@code Fraud}.
 */
record Declaration(String office, String processType, String importType, String importUse, String paymentType,
        String transportMode, String declarant, String importer, String seller, String courier, String hs6,
        String departure, String origin, String taxRate, String taxType, String originIndicator, double netMass,
        double itemPrice, boolean fraud) {

    private static final List<String> COLUMNS = List.of("Declaration ID", "Date", "Office ID", "Process Type",
            "Import Type", "Import Use", "Payment Type", "Mode of Transport", "Declarant ID", "Importer ID", "Seller ID",
            "Courier ID", "HS6 Code", "Country of Departure", "Country of Origin", "Tax Rate", "Tax Type",
            "Country of Origin Indicator", "Net Mass", "Item Price", "Fraud");

    /** The key of the paper's unseen-rows split and of the lookup baseline. */
    String combination() {
        return hs6 + '|' + departure + '|' + origin + '|' + taxRate + '|' + taxType;
    }

    /** Reads the dataset's CSV (no quoted cells); a malformed line is refused with its number and column. */
    static List<Declaration> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !List.of(lines.get(0).split(",", -1)).subList(0, Math.min(COLUMNS.size(),
                lines.get(0).split(",", -1).length)).equals(COLUMNS)) {
            throw new IllegalArgumentException(file + ": expected the declarations header " + String.join(",", COLUMNS));
        }
        List<Declaration> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = lines.get(i).split(",", -1);
            if (c.length < COLUMNS.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + c.length + " columns, expected "
                        + COLUMNS.size());
            }
            rows.add(new Declaration(c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14],
                    c[15], c[16], c[17], number(file, i, 18, c[18]), number(file, i, 19, c[19]), fraud(file, i, c[20])));
        }
        return rows;
    }

    private static double number(Path file, int line, int column, String cell) {
        try {
            return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + (line + 1) + ", " + COLUMNS.get(column) + ": not a number: "
                    + cell);
        }
    }

    private static boolean fraud(Path file, int line, String cell) {
        if (!cell.equals("0") && !cell.equals("1")) {
            throw new IllegalArgumentException(file + " line " + (line + 1) + ", Fraud: expected 0 or 1, not " + cell);
        }
        return cell.equals("1");
    }
}
