package org.caravan.party;

import java.io.IOException;
import java.io.InputStream;

/** The exact bytes a filing was received with, opened for one pass; a streamed manifest's are on disk. */
@FunctionalInterface
public interface SignedBody {

    InputStream open() throws IOException;
}
