package org.caravan.clearance.internal.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.Permit;
import org.caravan.reference.CountryCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The permit registry: permits as their agencies registered them, and what consignments drew on them. */
@Repository
public class PermitTable {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PermitTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Registers the permit; false when its number is taken. */
    public boolean insert(Permit p) {
        try {
            jdbc.sql("""
                    insert into permit (number, country, hs_prefix, holder, valid_from, valid_until, quantity, unit, drawn,
                                        issued_by, registered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.number(), p.country().value(), p.hsPrefix(), p.holder(), Date.valueOf(p.validFrom()),
                            Date.valueOf(p.validUntil()), p.quantity(), p.unit(), p.drawn(), p.issuedBy(),
                            Timestamp.from(p.registeredAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<Permit> byNumber(String number) {
        return jdbc.sql("select * from permit where number = ?").param(number).query(PermitTable::map).optional();
    }

    /**
     * The permits of {@code numbers}, locked until the transaction ends. Locked in number
     * order, so two filings quoting the same permits cannot deadlock.
     */
    public Map<String, Permit> lock(Collection<String> numbers) {
        Map<String, Permit> found = new LinkedHashMap<>();
        List<String> sorted = numbers.stream().distinct().sorted().toList();
        for (int from = 0; from < sorted.size(); from += 500) {
            List<String> slice = sorted.subList(from, Math.min(sorted.size(), from + 500));
            jdbc.sql("select * from permit where number in (:numbers) order by number for update")
                    .param("numbers", slice).query(PermitTable::map).list()
                    .forEach(p -> found.put(p.number(), p));
        }
        return found;
    }

    /** Saves what the locked permits now have drawn. */
    public void saveDrawn(Collection<Permit> permits) {
        batch.batchUpdate("update permit set drawn = ? where number = ?", new ArrayList<>(permits), 500, (ps, p) -> {
            ps.setBigDecimal(1, p.drawn());
            ps.setString(2, p.number());
        });
    }

    public void revoke(Permit p) {
        jdbc.sql("update permit set revoked_at = ?, revoke_reason = ? where number = ?")
                .params(Timestamp.from(p.revokedAt().orElseThrow()), p.revokeReason().orElseThrow(), p.number()).update();
    }

    private static Permit map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        BigDecimal quantity = rs.getBigDecimal("quantity");
        return new Permit(rs.getString("number"), CountryCode.of(rs.getString("country").trim()), rs.getString("hs_prefix"),
                rs.getString("holder"), rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
                quantity, rs.getString("unit"), rs.getBigDecimal("drawn"), rs.getObject("issued_by", UUID.class),
                rs.getTimestamp("registered_at").toInstant(), Optional.ofNullable(revoked).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("revoke_reason")));
    }
}
