package org.caravan.interchange.internal.edifact;

import java.util.ArrayList;
import java.util.List;

/** The faults found in one interchange, up to a limit: a partner needs the first hundred, not a million. */
public final class Faults {

    private final int max;
    private final List<SyntaxFault> found = new ArrayList<>();
    private boolean stopped;

    public Faults(int max) {
        this.max = max;
    }

    public void add(SyntaxFault fault) {
        if (found.size() < max) {
            found.add(fault);
        }
    }

    /** Reading goes no further, e.g. past the segment limit. */
    public void stop() {
        stopped = true;
    }

    public boolean full() {
        return stopped || found.size() >= max;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<SyntaxFault> list() {
        return List.copyOf(found);
    }
}
