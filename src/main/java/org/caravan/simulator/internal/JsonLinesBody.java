package org.caravan.simulator.internal;

import java.io.InputStream;
import java.util.function.IntFunction;

/**
 * A JSON Lines request body produced as it is read: the header line, then one line per
 * consignment, each serialised only when the reader reaches it. A manifest of a million
 * parcels thus costs the sender one line of memory, not the whole body.
 */
public final class JsonLinesBody extends InputStream {

    private final int lines;
    private final IntFunction<byte[]> line;
    private byte[] current;
    private int position;
    private int next;
    private long bytes;

    JsonLinesBody(byte[] header, int lines, IntFunction<byte[]> line) {
        this.lines = lines;
        this.line = line;
        this.current = withNewline(header);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < length) {
            if (position == current.length) {
                if (next == lines) {
                    break;
                }
                current = withNewline(line.apply(next++));
                position = 0;
            }
            int n = Math.min(length - copied, current.length - position);
            System.arraycopy(current, position, buffer, offset + copied, n);
            position += n;
            copied += n;
        }
        bytes += copied;
        return copied == 0 ? -1 : copied;
    }

    /** Bytes handed to the sender so far: how far a refused body got. */
    public long bytesRead() {
        return bytes;
    }

    /** Consignment lines begun so far. */
    public int consignmentsRead() {
        return next;
    }

    private static byte[] withNewline(byte[] json) {
        byte[] terminated = new byte[json.length + 1];
        System.arraycopy(json, 0, terminated, 0, json.length);
        terminated[json.length] = '\n';
        return terminated;
    }
}
