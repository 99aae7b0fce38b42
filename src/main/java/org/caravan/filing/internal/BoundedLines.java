package org.caravan.filing.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a text line by line, never holding more than {@code maxChars} of one line: a line
 * that is longer is skipped to its end and reported as too long, so one endless line cannot
 * fill the heap.
 */
final class BoundedLines {

    /** A line and its number (from 1); {@code text} is null when the line was too long to keep. */
    record Line(int number, String text) {

        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] chunk = new char[64 * 1024];
    private final StringBuilder line = new StringBuilder(1024);
    private int position;
    private int limit;
    private int number;
    private boolean ended;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the text. */
    Line next() {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = position;
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                if (line.length() + (position - start) > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(chunk, start, position - start);
                }
            }
            if (position < limit) {
                position++; // the newline
                break;
            }
        }
        number++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return new Line(number, tooLong ? null : line.toString());
    }

    private boolean fill() {
        if (ended) {
            return false;
        }
        try {
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                ended = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
