package org.caravan.retention.internal.store;

import java.util.List;

/**
 * The live tables a closed manifest has rows in, each with how its rows are found from the
 * manifest ids (:m). Deleted in this order, the cases, consignments and manifest last, so a
 * half-done batch is never possible (one transaction) and the keys stay findable until the
 * end. Not here, on purpose: audit_entry (the tamper-evident record stays), allowance usage
 * (quotas of the current period read it) and monitoring rollups (aggregates with no parcel
 * in them).
 */
enum ArchivedTables {
    CASE_EVENT("case_event", Key.CASE),
    OFFICER_TASK("officer_task", Key.CASE),
    DOCUMENT_REQUEST("document_request", Key.CASE),
    SUPPLIED_DOCUMENT("supplied_document", Key.CASE),
    PAYMENT("payment", Key.CASE),
    REFUSED_PAYMENT("refused_payment", Key.CASE),
    REFUND("refund", Key.CASE),
    TRACKING_EVENT("tracking_event", Key.TRACKING_NUMBER),
    FINAL_MILE_EVENT("final_mile_event", Key.TRACKING_NUMBER),
    FINAL_MILE_PARCEL("final_mile_parcel", Key.TRACKING_NUMBER),
    INSPECTION_LABEL("inspection_label", Key.CONSIGNMENT),
    CLEARANCE_CASE("clearance_case", Key.MANIFEST),
    CONSIGNMENT("consignment", Key.MANIFEST),
    MANIFEST("manifest", Key.ID);

    enum Key {
        CASE("case_id in (select c.id from clearance_case c where c.manifest_id in (:m))"),
        TRACKING_NUMBER("tracking_number in (select k.tracking_number from consignment k where k.manifest_id in (:m))"),
        CONSIGNMENT("consignment_id in (select k.id from consignment k where k.manifest_id in (:m))"),
        MANIFEST("manifest_id in (:m)"),
        ID("id in (:m)");

        final String where;

        Key(String where) {
            this.where = where;
        }
    }

    static final List<ArchivedTables> IN_ORDER = List.of(values());

    final String table;
    final Key key;

    ArchivedTables(String table, Key key) {
        this.table = table;
        this.key = key;
    }
}
