package org.caravan.risk;

import java.util.List;
import java.util.UUID;

/**
 * The regulatory sandbox: officials try a candidate risk profile (and model version) on live
 * traffic in shadow or on filed history, and compare it with production before it goes live.
 * A candidate never changes a decision.
 */
public interface RegulatorySandbox {

    /** Starts a run; a replay runs through its dates before this returns. Bad input is refused naming each field. */
    SandboxRun start(StartSandboxRun request, String startedBy);

    /** Every run, newest first. */
    List<SandboxRun> runs();

    /** The candidate beside production on the parcels the run saw; NotFound for an unknown run. */
    SandboxReport report(UUID runId);

    /** Stops a shadow run: it screens no more parcels, its report stays; the audit trail records who stopped it. */
    SandboxRun stop(UUID runId, String stoppedBy);
}
