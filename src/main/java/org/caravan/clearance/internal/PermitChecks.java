package org.caravan.clearance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.caravan.clearance.internal.model.Hold;
import org.caravan.clearance.internal.model.PermitLedger;
import org.caravan.clearance.internal.store.PermitTable;
import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.springframework.stereotype.Component;

/**
 * Checks the permits quoted on a chunk of a manifest against the registry: the permits are
 * read and locked once per chunk, and only when some item quotes one, so a chunk without
 * permit references costs one pass over its items.
 */
@Component
class PermitChecks {

    private final PermitTable permits;

    PermitChecks(PermitTable permits) {
        this.permits = permits;
    }

    /** What the registry says of one consignment's quoted permits. */
    record Verdict(Predicate<FiledConsignment.Item> permitted, List<Hold> holds) {

        static final Verdict NONE = new Verdict(item -> false, List.of());
    }

    /** The permits of a chunk, drawn down as its consignments are checked in order. */
    interface Chunk {

        Verdict check(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on);

        /** Saves what was drawn; call once, after the chunk's consignments are checked. */
        void save();
    }

    private static final Chunk NO_PERMITS = new Chunk() {

        @Override
        public Verdict check(FiledConsignment consignment, CountryCode jurisdiction, LocalDate on) {
            return Verdict.NONE;
        }

        @Override
        public void save() {
        }
    };

    Chunk forChunk(List<FiledConsignment> consignments) {
        List<String> quoted = new ArrayList<>();
        for (FiledConsignment c : consignments) {
            for (FiledConsignment.Item item : c.items()) {
                item.permitRef().ifPresent(quoted::add);
            }
        }
        if (quoted.isEmpty()) {
            return NO_PERMITS;
        }
        PermitLedger ledger = new PermitLedger(permits.lock(quoted));
        return new Chunk() {

            @Override
            public Verdict check(FiledConsignment c, CountryCode jurisdiction, LocalDate on) {
                Set<FiledConsignment.Item> passed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                List<Hold> holds = new ArrayList<>();
                for (FiledConsignment.Item item : c.items()) {
                    if (item.permitRef().isEmpty()) {
                        continue;
                    }
                    ledger.draw(item.permitRef().get(), jurisdiction, item.hsCode(), c.consignee().name(),
                            c.consignee().consumerId(), on, item.quantity())
                            .ifPresentOrElse(refusal -> holds.add(new Hold(Hold.Reason.PERMIT_NOT_VALID,
                                    "Item " + item.hsCode().value() + ": " + refusal + ".")), () -> passed.add(item));
                }
                return passed.isEmpty() && holds.isEmpty() ? Verdict.NONE : new Verdict(passed::contains, List.copyOf(holds));
            }

            @Override
            public void save() {
                Map<String, org.caravan.clearance.internal.model.Permit> changed = ledger.changed();
                if (!changed.isEmpty()) {
                    permits.saveDrawn(changed.values());
                }
            }
        };
    }
}
