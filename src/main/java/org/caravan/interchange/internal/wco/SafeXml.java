package org.caravan.interchange.internal.wco;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/**
 * XML parsers that refuse every XML attack: no DOCTYPE at all (so no entity expansion, no
 * external entities, no DTD fetch), no XInclude, no network or file access, and a bound on
 * nesting depth. Body size is bounded before parsing ({@link #MAX_BYTES}).
 */
public final class SafeXml {

    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 40;

    /** Raises every fault, so the caller answers it; the JDK's default handler prints to stderr first. */
    public static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
            throw e;
        }
    };

    private SafeXml() {
    }

    public static DocumentBuilderFactory documents() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            harden(f::setFeature);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be hardened: " + e.getMessage(), e);
        }
        return f;
    }

    public static SAXParserFactory sax() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        try {
            harden(f::setFeature);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be hardened: " + e.getMessage(), e);
        }
        return f;
    }

    private interface FeatureSetter {
        void set(String name, boolean value) throws ParserConfigurationException, SAXException;
    }

    private static void harden(FeatureSetter feature) throws ParserConfigurationException, SAXException {
        feature.set(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        feature.set("http://apache.org/xml/features/disallow-doctype-decl", true);
        feature.set("http://xml.org/sax/features/external-general-entities", false);
        feature.set("http://xml.org/sax/features/external-parameter-entities", false);
        feature.set("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    }
}
