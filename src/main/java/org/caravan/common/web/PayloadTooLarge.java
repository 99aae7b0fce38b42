package org.caravan.common.web;

import java.io.IOException;

/** Thrown while reading a body that exceeds the configured limit. */
public class PayloadTooLarge extends IOException {

    public PayloadTooLarge(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes; split the manifest or use JSON Lines.");
    }
}
