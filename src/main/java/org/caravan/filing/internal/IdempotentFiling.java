package org.caravan.filing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.caravan.common.Conflict;
import org.caravan.common.InvalidInput;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.filing.internal.store.IdempotencyTable;
import org.caravan.party.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a filing at most once per party and Idempotency-Key: the first response is stored
 * in the filing's own transaction and replayed for retries with the same body.
 */
@Component
class IdempotentFiling {

    private final IdempotencyTable records;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotentFiling(IdempotencyTable records, TransactionTemplate transaction, JsonMapper json) {
        this.records = records;
        this.transaction = transaction;
        this.json = json;
    }

    ResponseEntity<String> run(Caller caller, String key, byte[] body, HttpStatus status, Supplier<Object> filing) {
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidInput(new Violation("header:Idempotency-Key", "invalid", "must be 1 to 200 characters"));
        }
        String hash = sha256(body);
        try {
            return transaction.execute(tx -> {
                var recorded = records.find(caller.partyId(), key);
                if (recorded.isPresent()) {
                    if (!recorded.get().requestHash().equals(hash)) {
                        throw new Conflict(ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                                "This Idempotency-Key was used for a different request body.",
                                List.of(new Violation("header:Idempotency-Key", "reused", "was used with another body")));
                    }
                    return respond(recorded.get().status(), recorded.get().body(), true);
                }
                String response = json.writeValueAsString(filing.get());
                records.insert(caller.partyId(), key, hash, status.value(), response);
                return respond(status.value(), response, false);
            });
        } catch (DuplicateKeyException e) {
            throw new Conflict(ProblemTypes.FILING_IN_PROGRESS, "A request with this Idempotency-Key is being processed; retry shortly.");
        }
    }

    private static ResponseEntity<String> respond(int status, String body, boolean replayed) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", String.valueOf(replayed)).body(body);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
