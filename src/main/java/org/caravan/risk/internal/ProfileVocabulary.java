package org.caravan.risk.internal;

import java.util.Set;
import java.util.function.Predicate;

import org.caravan.reference.HsCode;

/**
 * What a profile may name: the signals the running detectors raise and the subheadings of
 * the nomenclature. A name outside it is a typo that would silently never fire.
 */
public record ProfileVocabulary(Set<String> signals, Predicate<HsCode> knownSubheading) {

    public ProfileVocabulary {
        signals = Set.copyOf(signals);
    }

    void checkSignal(String name, DocumentField field) {
        if (!signals.contains(name)) {
            throw DocumentValues.refuse(field, "'" + name + "' is not a signal any detector raises (known: "
                    + signals.stream().sorted().toList() + ")");
        }
    }
}
