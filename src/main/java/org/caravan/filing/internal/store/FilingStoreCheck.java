package org.caravan.filing.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.caravan.common.store.StoreCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What must hold of filings after any crash: a manifest is stored whole or not at all,
 * each tracking number and order reference is stored once, and every stored consignment
 * can be found through the index that duplicate filings are refused by.
 */
@Component
class FilingStoreCheck implements StoreCheck {

    private final JdbcClient jdbc;

    FilingStoreCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        expectNone(findings, "consignments without their manifest (half-stored filings)",
                "select count(*) from consignment c where not exists (select 1 from manifest m where m.id = c.manifest_id)");
        expectNone(findings, "manifests whose stored consignments differ from their consignment count", """
                select count(*) from manifest m
                where m.consignment_count <> (select count(*) from consignment c where c.manifest_id = m.id)""");
        expectNone(findings, "consignment rows sharing a tracking number or id", """
                select (count(*) - count(distinct tracking_number)) + (count(*) - count(distinct id)) from consignment""");
        expectNone(findings, "consignments not found through the tracking-number index", """
                select count(*) from consignment c
                where not exists (select 1 from consignment d where d.tracking_number = c.tracking_number and d.id = c.id)""");
        expectNone(findings, "platform orders sharing a reference or id", """
                select (count(*) - count(distinct id))
                  + (count(*) - (select count(*) from (select distinct platform_code, platform_order_ref from platform_order) r))
                from platform_order""");
        expectNone(findings, "orders not found through the order-reference index", """
                select count(*) from platform_order o where not exists (select 1 from platform_order p
                  where p.platform_code = o.platform_code and p.platform_order_ref = o.platform_order_ref and p.id = o.id)""");
        return findings;
    }

    private void expectNone(List<String> findings, String what, String sql) {
        long count = jdbc.sql(sql).query(Long.class).single();
        if (count != 0) {
            findings.add(count + " " + what);
        }
    }
}
