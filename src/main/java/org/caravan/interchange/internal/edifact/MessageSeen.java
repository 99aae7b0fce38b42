package org.caravan.interchange.internal.edifact;

/**
 * A message as its UNH names it and where it lies in the interchange ({@code untSegment} 0
 * while or when its trailer was not read), so CONTRL can answer for each one.
 */
public record MessageSeen(String reference, String type, String directory, String release, String agency,
        int unhSegment, int untSegment) {

    boolean holds(SyntaxFault fault) {
        return fault.segment() >= unhSegment && (untSegment == 0 || fault.segment() <= untSegment);
    }

    MessageSeen ended(int untPosition) {
        return new MessageSeen(reference, type, directory, release, agency, unhSegment, untPosition);
    }
}
