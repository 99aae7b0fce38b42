package org.caravan.clearance.internal.store;

import java.util.List;

import org.caravan.common.store.StoreCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What must hold of clearance cases after any crash: one case per consignment and jurisdiction. */
@Component
class ClearanceStoreCheck implements StoreCheck {

    private final JdbcClient jdbc;

    ClearanceStoreCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> findings() {
        long duplicates = jdbc.sql("""
                select (count(*) - count(distinct id))
                  + (count(*) - (select count(*) from (select distinct tracking_number, jurisdiction from clearance_case) k))
                from clearance_case""").query(Long.class).single();
        return duplicates == 0 ? List.of() : List.of(duplicates + " clearance cases sharing a consignment and jurisdiction or id");
    }
}
