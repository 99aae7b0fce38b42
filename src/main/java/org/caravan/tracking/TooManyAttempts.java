package org.caravan.tracking;

/** A consumer's lookups or proof attempts went past their limit; they may try again after {@code retryAfterSeconds}. */
public class TooManyAttempts extends RuntimeException {

    private final String title;
    private final long retryAfterSeconds;

    public TooManyAttempts(String title, String detail, long retryAfterSeconds) {
        super(detail);
        this.title = title;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public String title() {
        return title;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
