package org.caravan.retention.internal.store;

import java.util.List;

/**
 * The live tables a closed consignment has rows in, each with the column naming the
 * consignment (its id, its tracking number or one of its cases). Deleted in this order, the
 * case and the consignment themselves last. Not here, on purpose: audit_entry (the
 * tamper-evident record stays), allowance usage (quotas of the current period read it),
 * monitoring rollups (aggregates with no parcel in them) and the manifest.
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
    CLEARANCE_CASE("clearance_case", Key.CONSIGNMENT),
    CONSIGNMENT("consignment", Key.ID);

    enum Key {
        CASE("case_id"), TRACKING_NUMBER("tracking_number"), CONSIGNMENT("consignment_id"), ID("id");

        final String column;

        Key(String column) {
            this.column = column;
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
