package org.caravan.filing.internal;

import java.util.List;

import org.caravan.common.InvalidInput;
import org.caravan.common.Violation;
import org.caravan.filing.ManifestFiling;
import org.caravan.filing.OrderFiling;
import org.caravan.filing.internal.web.FilingRequests;
import org.caravan.party.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** {@link OrderFiling} over the JSON API's use case; the fingerprint of a retry is the order as JSON. */
@Component
class OrderFilingChannel implements OrderFiling {

    private final FilingUseCases filing;
    private final OrderValidation validation;
    private final JsonMapper json;

    OrderFilingChannel(FilingUseCases filing, OrderValidation validation, JsonMapper json) {
        this.filing = filing;
        this.validation = validation;
        this.json = json;
    }

    @Override
    public ManifestFiling.Receipt file(Caller caller, String idempotencyKey, FilingRequests.Order order) {
        ResponseEntity<String> answer = filing.fileOrder(caller, idempotencyKey, json.writeValueAsBytes(order), () -> order);
        return new ManifestFiling.Receipt(answer.getStatusCode().value(), answer.getBody(),
                "true".equals(answer.getHeaders().getFirst("Idempotent-Replayed")));
    }

    @Override
    public List<Violation> violations(FilingRequests.Order order) {
        try {
            validation.validate(order);
            return List.of();
        } catch (InvalidInput e) {
            return e.violations();
        }
    }
}
