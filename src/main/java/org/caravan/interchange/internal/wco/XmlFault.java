package org.caravan.interchange.internal.wco;

/** One fault in a WCO document: the XPath of the element (or "/" when the XML cannot be read), a code and what is wrong. */
public record XmlFault(String xpath, String code, String message) {

    public String describe() {
        return xpath + ": " + message + " [" + code + "]";
    }
}
