package org.caravan.interchange.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.caravan.filing.ManifestFiled;
import org.caravan.interchange.internal.store.InterchangeManifests;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes which manifests came in through an interchange, in the filing's own transaction:
 * filing publishes {@link ManifestFiled} while its transaction is open, on the thread that
 * files, so the note commits or rolls back with the manifest and is there before any
 * decision on it. A manifest filed as JSON passes without a note.
 */
@Component
class FilingChannel {

    private record Context(String channel, Consumer<ManifestFiled> alsoRecord) {
    }

    private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

    private final InterchangeManifests manifests;

    FilingChannel(InterchangeManifests manifests) {
        this.manifests = manifests;
    }

    /** Runs a filing as coming through {@code channel} (EDIFACT, WCO). */
    static <T> T through(String channel, Supplier<T> filing) {
        return through(channel, filed -> {
        }, filing);
    }

    /** The same, with {@code alsoRecord} run in the filing's transaction once the manifest is filed. */
    static <T> T through(String channel, Consumer<ManifestFiled> alsoRecord, Supplier<T> filing) {
        CURRENT.set(new Context(channel, alsoRecord));
        try {
            return filing.get();
        } finally {
            CURRENT.remove();
        }
    }

    @EventListener
    void on(ManifestFiled filed) {
        Context context = CURRENT.get();
        if (context != null) {
            manifests.record(filed.manifestId(), filed.courierPartyId(), context.channel());
            context.alsoRecord().accept(filed);
        }
    }
}
