package org.caravan.clearance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.clearance.internal.model.ClearanceCase;
import org.caravan.clearance.internal.model.ClearanceCase.Transition;
import org.junit.jupiter.api.Test;

/** docs/clearance-states.md and the case's transition table say the same. */
class ClearanceStatesDocumentTest {

    @Test
    void theDocumentedMovesAreExactlyTheCodesMoves() throws Exception {
        Set<Transition> documented = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("docs/clearance-states.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !isMove(cells[2].trim())) {
                continue;
            }
            String from = cells[1].trim();
            documented.add(new Transition(from.equals("(new)") ? Optional.empty() : Optional.of(ClearanceStatus.valueOf(from)),
                    ClearanceCase.Move.valueOf(cells[2].trim()), ClearanceStatus.valueOf(cells[3].trim())));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ClearanceCase.TRANSITIONS);
    }

    private static boolean isMove(String cell) {
        for (ClearanceCase.Move move : ClearanceCase.Move.values()) {
            if (move.name().equals(cell)) {
                return true;
            }
        }
        return false;
    }
}
