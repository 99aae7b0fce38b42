package org.caravan.clearance.internal.model;

/** What was done to a case, as its audit trail records it. */
public enum CaseAction {
    /** Assessed before arrival and decided. */
    ASSESSED,
    /** The courier reported the goods at the border office. */
    ARRIVED,
    /** An officer recorded the result of an inspection or a documentary check. */
    TASK_RESULT,
    /** An officer asked for an invoice, permit or certificate. */
    DOCUMENT_REQUESTED,
    /** The courier or platform supplied a document against a request. */
    DOCUMENT_SUPPLIED,
    /** An officer accepted a supplied document. */
    DOCUMENT_ACCEPTED,
    /** An officer rejected a supplied document; its request stays open. */
    DOCUMENT_REJECTED,
    /** The courier returned the goods to the sender after release; the allowance they used is restored. */
    RETURNED,
    /** The platform, the courier or the consignee paid what was due, and the case was released. */
    PAYMENT_CONFIRMED,
    /** An officer recorded that duties paid on returned goods were paid back. */
    REFUND_PAID
}
