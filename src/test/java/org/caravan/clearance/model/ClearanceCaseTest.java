package org.caravan.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caravan.clearance.ClearanceStatus.HELD_FOR_DOCUMENTS;
import static org.caravan.clearance.ClearanceStatus.PAYMENT_REQUIRED;
import static org.caravan.clearance.ClearanceStatus.RELEASED;
import static org.caravan.clearance.ClearanceStatus.RELEASED_PRE_ARRIVAL;
import static org.caravan.clearance.ClearanceStatus.SEIZED;
import static org.caravan.clearance.ClearanceStatus.SELECTED_FOR_INSPECTION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.Assessment;
import org.caravan.clearance.internal.model.CaseAction;
import org.caravan.clearance.internal.model.CaseChange;
import org.caravan.clearance.internal.model.CaseFiling;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.Decision;
import org.caravan.clearance.internal.model.IllegalTransition;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.common.Conflict;
import org.caravan.reference.CountryCode;
import org.caravan.reference.Money;
import org.caravan.risk.Lane;
import org.caravan.risk.RiskResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every move of the case's state machine, allowed and refused, without a database. */
class ClearanceCaseTest {

    static final Instant DECIDED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant ARRIVED = Instant.parse("2026-11-22T04:30:00Z");
    static final Instant LATER = Instant.parse("2026-11-22T09:00:00Z");
    static final CaseFiling FILING = new CaseFiling(UUID.randomUUID(), "CRV000000001KZ", UUID.randomUUID(),
            UUID.randomUUID(), Optional.empty(), CountryCode.of("KZ"), "apparel", "CN-KZ", DECIDED);
    static final Assessment NOTHING_DUE = assessment(Optional.of(Money.of("0", "KZT")));
    static final Assessment DUE = assessment(Optional.of(Money.of("9380.17", "KZT")));

    static Assessment assessment(Optional<Money> totalDue) {
        return new Assessment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), totalDue.map(Money::isZero).orElse(false), true,
                List.of(), totalDue, List.of(), Optional.empty(), Optional.empty());
    }

    static ClearanceCase caseIn(ClearanceStatus status, boolean arrived) {
        return new ClearanceCase(UUID.randomUUID(), FILING, status, Lane.GREEN, 0, List.of(), NOTHING_DUE, DECIDED,
                arrived ? Optional.of(ARRIVED) : Optional.empty(),
                status.isFinal() ? Optional.of(ARRIVED) : Optional.empty());
    }

    @Test
    void aDecisionOpensTheCaseInTheStatusItDecided() {
        var opened = ClearanceCase.decide(UUID.randomUUID(), FILING,
                Decision.of(new RiskResult(Lane.RED, 70, List.of()), NOTHING_DUE), DECIDED);
        assertThat(opened.clearanceCase().status()).isEqualTo(SELECTED_FOR_INSPECTION);
        assertThat(opened.change().from()).isEmpty();
        assertThat(opened.change().action()).isEqualTo(CaseAction.ASSESSED);
        assertThat(opened.change().detail()).isEqualTo("lane RED, score 70");
    }

    @Test
    void arrivalReleasesAParcelReleasedBeforeArrivalAndClosesItsCase() {
        ClearanceCase c = caseIn(RELEASED_PRE_ARRIVAL, false);
        List<CaseChange> changes = c.arrive(ARRIVED, "courier-1");
        assertThat(c.status()).isEqualTo(RELEASED);
        assertThat(c.closedAt()).contains(ARRIVED);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.from()).contains(RELEASED_PRE_ARRIVAL);
            assertThat(change.action()).isEqualTo(CaseAction.ARRIVED);
            assertThat(change.actor()).isEqualTo("courier-1");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ClearanceStatus.class, names = {"PAYMENT_REQUIRED", "SELECTED_FOR_INSPECTION", "HELD_FOR_DOCUMENTS"})
    void arrivalIsNotedByCasesThatStillWait(ClearanceStatus waiting) {
        ClearanceCase c = caseIn(waiting, false);
        assertThat(c.arrive(ARRIVED, "courier-1")).singleElement().satisfies(change -> assertThat(change.to()).isEqualTo(waiting));
        assertThat(c.arrivedAt()).contains(ARRIVED);
        assertThat(c.closedAt()).isEmpty();
    }

    @Test
    void aSecondArrivalReportChangesNothing() {
        ClearanceCase c = caseIn(SELECTED_FOR_INSPECTION, true);
        assertThat(c.arrive(LATER, "courier-1")).isEmpty();
        assertThat(c.arrivedAt()).contains(ARRIVED);
    }

    @Test
    void aSeizedParcelCannotArrive() {
        assertRefused(caseIn(SEIZED, false), c -> c.arrive(ARRIVED, "courier-1"), "case-closed");
    }

    @Test
    void inspectionNeedsTheGoodsToHaveArrived() {
        assertRefused(caseIn(SELECTED_FOR_INSPECTION, false),
                c -> c.recordInspection(TaskOutcome.NO_FINDINGS, NOTHING_DUE, LATER, "officer", ""), "goods-not-arrived");
    }

    @Test
    void anInspectionFindingNothingReleasesWhenNothingIsDue() {
        ClearanceCase c = caseIn(SELECTED_FOR_INSPECTION, true);
        assertThat(c.recordInspection(TaskOutcome.NO_FINDINGS, NOTHING_DUE, LATER, "officer-kz", "clean"))
                .singleElement().satisfies(change -> assertThat(change.to()).isEqualTo(RELEASED));
        assertThat(c.closedAt()).contains(LATER);
        assertThat(c.amountDue()).isEmpty();
    }

    @Test
    void anIrregularityWithAChargeDueRequiresPaymentOnTheReassessment() {
        ClearanceCase c = caseIn(SELECTED_FOR_INSPECTION, true);
        c.recordInspection(TaskOutcome.IRREGULARITY, DUE, LATER, "officer-kz", "invoice found");
        assertThat(c.status()).isEqualTo(PAYMENT_REQUIRED);
        assertThat(c.assessment()).isEqualTo(DUE);
        assertThat(c.amountDue()).contains(Money.of("9380.17", "KZT"));
    }

    @Test
    void prohibitedGoodsAreSeizedAndTheCaseCloses() {
        ClearanceCase c = caseIn(SELECTED_FOR_INSPECTION, true);
        c.recordInspection(TaskOutcome.PROHIBITED_GOODS, NOTHING_DUE, LATER, "officer-kz", "cigarettes");
        assertThat(c.status()).isEqualTo(SEIZED);
        assertThat(c.closedAt()).contains(LATER);
        assertRefused(c, x -> x.release(LATER, "officer-kz", ""), "case-closed");
    }

    @Test
    void documentsAcceptedBeforeArrivalReleaseBeforeArrivalAndAfterItForDelivery() {
        ClearanceCase before = caseIn(HELD_FOR_DOCUMENTS, false);
        before.recordDocumentaryCheck(TaskOutcome.DOCUMENTS_ACCEPTED, NOTHING_DUE, LATER, "officer-kz", "");
        assertThat(before.status()).isEqualTo(RELEASED_PRE_ARRIVAL);
        assertThat(before.closedAt()).isEmpty();

        ClearanceCase after = caseIn(HELD_FOR_DOCUMENTS, true);
        after.recordDocumentaryCheck(TaskOutcome.DOCUMENTS_ACCEPTED, NOTHING_DUE, LATER, "officer-kz", "");
        assertThat(after.status()).isEqualTo(RELEASED);
    }

    @Test
    void aConfirmedPaymentReleases() {
        ClearanceCase c = caseIn(PAYMENT_REQUIRED, true);
        assertThat(c.release(LATER, "platform", "paid").to()).isEqualTo(RELEASED);
    }

    @Test
    void aPaymentReleasesBeforeArrivalOrForDeliveryAndNamesThePayerInTheTrail() {
        ClearanceCase before = caseIn(PAYMENT_REQUIRED, false);
        var paid = before.confirmPayment(LATER, "platform-1", "9380.17 KZT paid");
        assertThat(paid.to()).isEqualTo(RELEASED_PRE_ARRIVAL);
        assertThat(paid.action()).isEqualTo(org.caravan.clearance.internal.model.CaseAction.PAYMENT_CONFIRMED);
        assertThat(paid.actor()).isEqualTo("platform-1");
        assertThat(caseIn(PAYMENT_REQUIRED, true).confirmPayment(LATER, "CONSIGNEE", "").to()).isEqualTo(RELEASED);
        assertRefused(caseIn(SELECTED_FOR_INSPECTION, true), c -> c.confirmPayment(LATER, "courier-1", ""),
                "illegal-transition");
        assertRefused(caseIn(RELEASED, true), c -> c.confirmPayment(LATER, "courier-1", ""), "case-closed");
    }

    @Test
    void eachResultBelongsToItsOwnKindOfCase() {
        assertRefused(caseIn(HELD_FOR_DOCUMENTS, true),
                c -> c.recordInspection(TaskOutcome.NO_FINDINGS, NOTHING_DUE, LATER, "officer", ""), "illegal-transition");
        assertRefused(caseIn(SELECTED_FOR_INSPECTION, true),
                c -> c.recordDocumentaryCheck(TaskOutcome.DOCUMENTS_ACCEPTED, NOTHING_DUE, LATER, "officer", ""),
                "illegal-transition");
    }

    /** Every status crossed with every officer move: refused unless the table lists it. */
    @ParameterizedTest
    @EnumSource(ClearanceStatus.class)
    void everyMoveTheTableDoesNotListIsRefused(ClearanceStatus status) {
        for (boolean arrived : List.of(false, true)) {
            for (ClearanceCase.Move move : List.of(ClearanceCase.Move.REQUIRE_PAYMENT, ClearanceCase.Move.RELEASE,
                    ClearanceCase.Move.SEIZE)) {
                ClearanceCase c = caseIn(status, arrived);
                ClearanceStatus target = switch (move) {
                    case REQUIRE_PAYMENT -> PAYMENT_REQUIRED;
                    case SEIZE -> SEIZED;
                    default -> arrived ? RELEASED : RELEASED_PRE_ARRIVAL;
                };
                boolean listed = ClearanceCase.TRANSITIONS.contains(new ClearanceCase.Transition(Optional.of(status), move, target));
                Consumer<ClearanceCase> act = switch (move) {
                    case REQUIRE_PAYMENT -> x -> x.requirePayment(DUE, LATER, "officer", "");
                    case SEIZE -> x -> x.seize(LATER, "officer", "");
                    default -> x -> x.release(LATER, "officer", "");
                };
                if (listed) {
                    act.accept(c);
                    assertThat(c.status()).as(status + " " + move).isEqualTo(target);
                } else {
                    assertThatThrownBy(() -> act.accept(c)).as(status + " " + move + (arrived ? " after arrival" : ""))
                            .isInstanceOf(IllegalTransition.class);
                }
            }
        }
    }

    private static void assertRefused(ClearanceCase c, Consumer<ClearanceCase> action, String problemType) {
        ClearanceStatus before = c.status();
        assertThatThrownBy(() -> action.accept(c)).isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((Conflict) e).problemType()).isEqualTo(problemType));
        assertThat(c.status()).as("a refused move leaves the case as it was").isEqualTo(before);
    }
}
