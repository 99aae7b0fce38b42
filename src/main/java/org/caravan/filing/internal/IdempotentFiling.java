package org.caravan.filing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.caravan.common.Conflict;
import org.caravan.common.HotPathStages;
import org.caravan.common.HotPathStages.Stage;
import org.caravan.common.InvalidInput;
import org.caravan.common.ProblemTypes;
import org.caravan.common.Violation;
import org.caravan.filing.internal.store.IdempotencyTable;
import org.caravan.filing.internal.web.ManifestReceipt;
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
    private final HotPathStages stages;

    IdempotentFiling(IdempotencyTable records, TransactionTemplate transaction, JsonMapper json, HotPathStages stages) {
        this.stages = stages;
        this.records = records;
        this.transaction = transaction;
        this.json = json;
    }

    ResponseEntity<String> run(Caller caller, String key, byte[] body, HttpStatus status, Supplier<Object> filing) {
        return run(caller, key, sha256(body), status, filing);
    }

    /** As above, for a body already hashed as it was received (a streamed manifest). */
    ResponseEntity<String> run(Caller caller, String key, String hash, HttpStatus status, Supplier<Object> filing) {
        checkKey(key);
        long[] filed = new long[2];
        try {
            ResponseEntity<String> answer = transaction.execute(tx -> {
                var recorded = records.find(caller.partyId(), key);
                if (recorded.isPresent()) {
                    if (!recorded.get().requestHash().equals(hash)) {
                        throw new Conflict(ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                                "This Idempotency-Key was used for a different request body.",
                                List.of(new Violation("header:Idempotency-Key", "reused", "was used with another body")));
                    }
                    return respond(recorded.get().status(), recorded.get().body(), true);
                }
                Object receipt = filing.get();
                String response = json.writeValueAsString(receipt);
                records.insert(caller.partyId(), key, hash, status.value(), response);
                filed[0] = System.nanoTime();
                filed[1] = receipt instanceof ManifestReceipt m ? m.consignmentCount() : 0;
                return respond(status.value(), response, false);
            });
            if (filed[1] > 0) {
                stages.record(Stage.COMMIT, filed[0], (int) filed[1]);
            }
            return answer;
        } catch (DuplicateKeyException e) {
            throw new Conflict(ProblemTypes.FILING_IN_PROGRESS, "A request with this Idempotency-Key is being processed; retry shortly.");
        }
    }

    static void checkKey(String key) {
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidInput(new Violation("header:Idempotency-Key", "invalid", "must be 1 to 200 characters"));
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
