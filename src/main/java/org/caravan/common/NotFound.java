package org.caravan.common;

/**
 * Nothing the caller may see exists under that name. Also used for records that
 * exist but belong to another party, so their existence is not disclosed.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
