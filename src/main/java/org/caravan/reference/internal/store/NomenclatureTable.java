package org.caravan.reference.internal.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caravan.reference.NomenclatureImported;
import org.caravan.reference.internal.CsvRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The imported HS nomenclature (all levels), replaced as a whole per edition. */
@Repository
public class NomenclatureTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    NomenclatureTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public boolean containsSubheading(String code) {
        return jdbc.sql("select count(*) from hs_nomenclature where code = ? and level = 6").param(code)
                .query(Integer.class).single() > 0;
    }

    public int countSubheadings() {
        return jdbc.sql("select count(*) from hs_nomenclature where level = 6").query(Integer.class).single();
    }

    @Transactional
    public NomenclatureImported replaceWith(Path file) {
        List<Object[]> rows = new ArrayList<>();
        int[] levels = new int[11];
        CsvRows.file(file, row -> {
            String code = row.get("hscode");
            String level = row.get("level");
            if ("TOTAL".equals(row.get("section"))) {
                return; // trade-statistics totals and "not specified" codes (99, 9999, 999999), not HS nomenclature
            }
            if (code == null || level == null || !code.matches("\\d{2,6}")) {
                throw new IllegalArgumentException("Not an HS nomenclature row: " + row);
            }
            int lvl = Integer.parseInt(level);
            if (lvl != code.length()) {
                throw new IllegalArgumentException("Level " + lvl + " does not fit code " + code);
            }
            levels[lvl]++;
            rows.add(new Object[] {code, lvl, truncate(row.get("description")), row.get("parent"), row.get("section")});
        });
        jdbc.sql("delete from hs_nomenclature").update();
        batch.batchUpdate("insert into hs_nomenclature (code, level, description, parent, section) values (?, ?, ?, ?, ?)",
                rows);
        return new NomenclatureImported(levels[2], levels[4], levels[6]);
    }

    private static String truncate(String description) {
        return description == null || description.length() <= 1000 ? description : description.substring(0, 1000);
    }
}
