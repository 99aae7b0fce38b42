package org.caravan.reference.internal.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.caravan.reference.HsSubheadingText;
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

    /** Every subheading with its heading's and chapter's descriptions. */
    public List<HsSubheadingText> subheadingTexts() {
        return jdbc.sql("select s.code, s.description, h.description, c.description from hs_nomenclature s"
                + " left join hs_nomenclature h on h.code = substring(s.code, 1, 4)"
                + " left join hs_nomenclature c on c.code = substring(s.code, 1, 2)"
                + " where s.level = 6 order by s.code")
                .query((rs, n) -> new HsSubheadingText(rs.getString(1), text(rs.getString(2)), text(rs.getString(3)),
                        text(rs.getString(4))))
                .list();
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
