package org.caravan.risk;

/**
 * A request to start a sandbox run, as given (API or command line): every field is checked
 * by {@link RegulatorySandbox#start}, which names each one that is wrong.
 *
 * @param candidateProfile the candidate risk profile document
 * @param modelVersion the candidate model version, if any
 * @param from first filing date to replay (YYYY-MM-DD), for REPLAY only
 * @param to last filing date to replay, for REPLAY only
 * @param reason why the run is made, for the record
 */
public record StartSandboxRun(String jurisdiction, String mode, String candidateProfile, String modelVersion, String from,
        String to, String reason) {
}
