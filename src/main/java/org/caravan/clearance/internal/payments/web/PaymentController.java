package org.caravan.clearance.internal.payments.web;

import org.caravan.clearance.ConsigneePayments.PaymentBody;
import org.caravan.clearance.ConsigneePayments.PaymentConfirmed;
import org.caravan.clearance.internal.payments.ConfirmPayment;
import org.caravan.clearance.internal.payments.PaymentRequests;
import org.caravan.clearance.internal.payments.Refunds;
import org.caravan.common.Violations;
import org.caravan.common.web.ProblemAnswers;
import org.caravan.party.Caller;
import org.caravan.party.Role;
import org.caravan.party.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * E-payments: a parcel's payment requests, the confirmation of a payment by the platform or
 * the courier, and the refund an officer pays back on returned goods.
 */
@RestController
@RequestMapping("/api/v1")
class PaymentController {

    private final PaymentRequests requests;
    private final ConfirmPayment confirm;
    private final Refunds refunds;

    PaymentController(PaymentRequests requests, ConfirmPayment confirm, Refunds refunds) {
        this.requests = requests;
        this.confirm = confirm;
        this.refunds = refunds;
    }

    @Operation(summary = "A consignment's payment requests, one per case",
            description = "Status DUE while the case waits for payment, PAID once paid, REFUND_DUE and REFUNDED after a "
                    + "return, NONE where nothing is due. For the filing courier, the matched order's platform and "
                    + "customs of the case's jurisdiction; anyone else gets 404.")
    @GetMapping(path = "/consignments/{trackingNumber}/payment-requests", produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentResponses.PaymentRequestList requests(Caller caller, @PathVariable String trackingNumber) {
        return new PaymentResponses.PaymentRequestList(trackingNumber,
                requests.of(caller, trackingNumber).stream().map(PaymentResponses.PaymentRequestResponse::of).toList());
    }

    @Operation(summary = "Confirm the payment of a payment request",
            description = "By the platform whose order the parcel matched (collectedAtCheckout for duties taken at "
                    + "checkout) or the declarant that filed it (a courier, a post, or an e-commerce operator paying for "
                    + "consumers). The amount and currency must be what is due; the case is "
                    + "then released (RELEASED_PRE_ARRIVAL before arrival, RELEASED after). A mistyped reference is a 422 "
                    + "naming /reference; the request of a parcel the caller may not see is a 404. The same providerRef "
                    + "again answers the first payment (200); another payment of a paid request is a 409.")
    @ApiResponse(responseCode = "201", description = "The payment, recorded now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PaymentConfirmed.class)))
    @ApiResponse(responseCode = "200", description = "The payment of the same provider transaction, recorded before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PaymentConfirmed.class)))
    @ApiResponse(responseCode = "409", description = "Paid already by another transaction, or the case waits for no payment",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/" + ProblemAnswers.PROBLEM_SCHEMA)))
    @PostMapping(path = "/payments", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PaymentConfirmed> pay(Caller caller, @RequestBody PaymentBody body) {
        Roles.requireDeclarant(caller, Role.PLATFORM);
        ConfirmPayment.Confirmed confirmed = confirm.confirm(caller, body);
        return ResponseEntity.status(confirmed.created() ? HttpStatus.CREATED : HttpStatus.OK).body(confirmed.answer());
    }

    @Operation(summary = "Record that a refund was paid back",
            description = "By an officer of the refund's jurisdiction (or an administrator), with the bank's reference of "
                    + "the transfer; recorded in the case's audit trail. Recorded again with the same bank reference it "
                    + "answers the same; with another, 409.")
    @PostMapping(path = "/refunds/{reference}/paid", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PaymentResponses.RefundLine refunded(Caller caller, @PathVariable String reference,
            @RequestBody PaymentResponses.RefundPaidBody body) {
        Roles.require(caller, Role.OFFICER, Role.ADMIN);
        refunds.requireVisible(caller, reference.trim());
        Violations v = new Violations();
        if (body == null) {
            v.add("", "required", "the body must be a JSON object");
            v.throwIfAny();
        }
        if (v.required("/bankRef", body.bankRef())) {
            v.maxLength("/bankRef", body.bankRef().trim(), 100);
        }
        v.throwIfAny();
        return PaymentResponses.RefundLine.of(refunds.paid(caller, reference.trim(), body.bankRef().trim()));
    }
}
