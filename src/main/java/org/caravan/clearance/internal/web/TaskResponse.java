package org.caravan.clearance.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.caravan.clearance.internal.model.Queue;
import org.caravan.clearance.internal.model.TaskOutcome;
import org.caravan.clearance.internal.model.TaskState;
import org.caravan.clearance.internal.store.TaskTable;
import org.caravan.common.Violations;
import org.caravan.reference.Currencies;
import org.caravan.reference.Money;

/** An officer's task as the queue and the consignment view show it. */
record TaskResponse(UUID taskId, String trackingNumber, String jurisdiction, Queue queue, TaskState state,
        List<String> reasons, Instant createdAt, Optional<TaskOutcome> outcome, Optional<String> completedBy,
        Optional<Instant> completedAt) {

    static TaskResponse of(TaskTable.Task t) {
        return new TaskResponse(t.id(), t.trackingNumber(), t.jurisdiction().value(), t.queue(), t.state(), t.reasons(),
                t.createdAt(), t.outcome(), t.completedBy(), t.completedAt());
    }

    /** One page of a queue; {@code next} is the cursor of the following page, absent on the last. */
    record Page(Queue queue, String jurisdiction, List<TaskResponse> tasks, Optional<UUID> next) {
    }

    /** Where the case stands after an officer's result. */
    record ResultRecorded(UUID taskId, String trackingNumber, String status, Optional<org.caravan.reference.Money> amountDue) {
    }

    /** An officer's result as sent; amounts are decimal strings like everywhere in the API. */
    record ResultBody(String outcome, MoneyBody reassessedValue, MoneyBody assessedCharge, String note) {
    }

    record MoneyBody(String amount, String currency) {

        /** The amount of an optional money body, or the violations that say what is wrong with it. */
        static Optional<Money> read(Violations v, String pointer, MoneyBody body) {
            if (body == null) {
                return Optional.empty();
            }
            BigDecimal amount = v.decimal(pointer + "/amount", body.amount(), true, 4);
            if (!v.required(pointer + "/currency", body.currency()) || !Currencies.isValid(body.currency())) {
                if (body.currency() != null) {
                    v.add(pointer + "/currency", "not-iso-4217", "must be an ISO 4217 currency code");
                }
                return Optional.empty();
            }
            return amount == null ? Optional.empty() : Optional.of(Money.of(amount, Currency.getInstance(body.currency())));
        }
    }
}
