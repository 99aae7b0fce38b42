package org.caravan.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.DocumentKind;
import org.caravan.clearance.internal.model.DocumentRequest;
import org.caravan.clearance.internal.model.IllegalTransition;
import org.caravan.clearance.internal.model.SuppliedDocument;
import org.caravan.common.Conflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When documents may be requested, which formats answer a request, and how a review ends, without a database. */
class DocumentRulesTest {

    static final Instant AT = Instant.parse("2026-11-21T08:00:00Z");

    @ParameterizedTest
    @EnumSource(value = ClearanceStatus.class, names = {"HELD_FOR_DOCUMENTS", "SELECTED_FOR_INSPECTION"})
    void anOfficerRequestsDocumentsOnAHeldCaseWithoutMovingIt(ClearanceStatus status) {
        ClearanceCase c = ClearanceCaseTest.caseIn(status, false);
        CaseChange change = c.requestDocument(DocumentKind.INVOICE, "show the price paid", AT, "officer-kz");
        assertThat(change.from()).hasValue(status);
        assertThat(change.to()).isEqualTo(status);
        assertThat(change.action()).isEqualTo(CaseAction.DOCUMENT_REQUESTED);
        assertThat(change.detail()).isEqualTo("INVOICE: show the price paid");
        assertThat(c.status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(value = ClearanceStatus.class, names = {"PAYMENT_REQUIRED", "RELEASED_PRE_ARRIVAL"})
    void aCaseWhoseDecisionStandsTakesNoRequest(ClearanceStatus status) {
        assertThatThrownBy(() -> ClearanceCaseTest.caseIn(status, false).requestDocument(DocumentKind.PERMIT, "x", AT, "o"))
                .isInstanceOf(IllegalTransition.class).extracting(e -> ((Conflict) e).problemType())
                .isEqualTo("illegal-transition");
    }

    @ParameterizedTest
    @EnumSource(value = ClearanceStatus.class, names = {"RELEASED", "SEIZED"})
    void aClosedCaseTakesNoRequestNorDocument(ClearanceStatus status) {
        ClearanceCase closed = ClearanceCaseTest.caseIn(status, true);
        assertThatThrownBy(() -> closed.requestDocument(DocumentKind.PERMIT, "x", AT, "o"))
                .extracting(e -> ((Conflict) e).problemType()).isEqualTo("case-closed");
        assertThatThrownBy(() -> closed.recordDocument(CaseAction.DOCUMENT_SUPPLIED, "c", "x", AT))
                .extracting(e -> ((Conflict) e).problemType()).isEqualTo("case-closed");
    }

    @Test
    void aPdfAnswersAnyRequestAndStructuredDataOnlyItsOwnKind() {
        DocumentRequest invoice = request(DocumentKind.INVOICE);
        DocumentRequest certificate = request(DocumentKind.CERTIFICATE);
        assertThat(invoice.answeredBy(SuppliedDocument.Format.PDF)).isTrue();
        assertThat(invoice.answeredBy(SuppliedDocument.Format.E_INVOICE)).isTrue();
        assertThat(invoice.answeredBy(SuppliedDocument.Format.E_PERMIT)).isFalse();
        assertThat(request(DocumentKind.PERMIT).answeredBy(SuppliedDocument.Format.E_PERMIT)).isTrue();
        assertThat(certificate.answeredBy(SuppliedDocument.Format.PDF)).isTrue();
        assertThat(certificate.answeredBy(SuppliedDocument.Format.E_INVOICE)).isFalse();
    }

    @Test
    void aSatisfiedRequestTakesNoMoreDocuments() {
        DocumentRequest satisfied = request(DocumentKind.INVOICE).satisfied(AT);
        assertThat(satisfied.satisfiedAt()).hasValue(AT);
        assertThatThrownBy(satisfied::requireOpen).extracting(e -> ((Conflict) e).problemType())
                .isEqualTo("document-request-satisfied");
    }

    @Test
    void aDocumentIsReviewedOnceAndARejectionSaysWhy() {
        SuppliedDocument supplied = new SuppliedDocument(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                SuppliedDocument.Format.PDF, Optional.empty(), Optional.of(9), Optional.of("ab"),
                SuppliedDocument.State.SUBMITTED, "courier", "COURIER", AT, Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> supplied.reviewed(SuppliedDocument.Decision.REJECTED, Optional.of(" "), "o", AT))
                .isInstanceOf(IllegalArgumentException.class);
        SuppliedDocument rejected = supplied.reviewed(SuppliedDocument.Decision.REJECTED, Optional.of("unreadable"), "o", AT);
        assertThat(rejected.state()).isEqualTo(SuppliedDocument.State.REJECTED);
        assertThat(rejected.reviewReason()).hasValue("unreadable");
        assertThatThrownBy(() -> rejected.reviewed(SuppliedDocument.Decision.ACCEPTED, Optional.empty(), "o", AT))
                .extracting(e -> ((Conflict) e).problemType()).isEqualTo("document-reviewed");
        assertThat(supplied.reviewed(SuppliedDocument.Decision.ACCEPTED, Optional.empty(), "o", AT).state())
                .isEqualTo(SuppliedDocument.State.ACCEPTED);
    }

    private static DocumentRequest request(DocumentKind kind) {
        return DocumentRequest.open(UUID.randomUUID(), ClearanceCaseTest.caseIn(ClearanceStatus.HELD_FOR_DOCUMENTS, false),
                kind, "needed", "officer-kz", AT);
    }
}
