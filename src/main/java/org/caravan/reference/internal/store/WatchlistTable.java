package org.caravan.reference.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.caravan.common.Ids;
import org.caravan.reference.internal.ListedName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Watchlist names by list, one row per name of a listed party; each import replaces its whole list. */
@Repository
public class WatchlistTable {

    /** The widest name the table holds; longer names (none in today's lists) are cut. */
    private static final int WIDTH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    WatchlistTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record Row(String list, String reference, String primaryName, String name, String normalisedName, String kind) {
    }

    public List<Row> all() {
        return jdbc.sql("select list_name, reference, coalesce(primary_name, name), name, normalised_name, party_kind"
                + " from watchlist_entry order by list_name, reference, id")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    public void add(String list, String name, String normalised, String reference) {
        jdbc.sql("insert into watchlist_entry (id, list_name, name, normalised_name, reference, primary_name)"
                + " values (?, ?, ?, ?, ?, ?)")
                .params(Ids.next(), list, cut(name), cut(normalised), reference, cut(name)).update();
    }

    @Transactional
    public int replaceList(String list, List<ListedName> names, UnaryOperator<String> normalise) {
        List<Object[]> rows = new ArrayList<>(names.size());
        for (ListedName name : names) {
            rows.add(new Object[] {Ids.next(), list, cut(name.name()), cut(normalise.apply(name.name())), cut(name.reference()),
                    cut(name.primaryName()), name.kind()});
        }
        jdbc.sql("delete from watchlist_entry where list_name = ?").param(list).update();
        batch.batchUpdate("insert into watchlist_entry (id, list_name, name, normalised_name, reference, primary_name, party_kind)"
                + " values (?, ?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    private static String cut(String value) {
        return value == null || value.length() <= WIDTH ? value : value.substring(0, WIDTH);
    }
}
