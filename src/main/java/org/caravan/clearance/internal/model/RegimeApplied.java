package org.caravan.clearance.internal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.caravan.reference.Confidence;
import org.caravan.reference.Regime;

/** The dated regime an assessment applied, kept with its sources so the decision can be explained later. */
public record RegimeApplied(String id, String name, String legalReference, LocalDate validFrom,
        Optional<LocalDate> validTo, Confidence confidence, List<String> sources, String caveat) {

    public static RegimeApplied of(Regime regime) {
        return new RegimeApplied(regime.id(), regime.name(), regime.legalReference(), regime.validFrom(), regime.validTo(),
                regime.confidence(), List.copyOf(regime.sources()), regime.caveat());
    }
}
