package org.caravan.risk;

/**
 * A document a risk profile asks for before release; clearance opens the request under the
 * document kind of the same name.
 */
public enum RequestedDocument {
    INVOICE,
    PERMIT,
    CERTIFICATE
}
