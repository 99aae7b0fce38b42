package org.caravan.interchange.internal.wco;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps the XPath of the element being read ({@code /MetaData/Declaration/GoodsShipment[1]/...})
 * and passes every event on, so a schema validator placed after it can say where it objects.
 */
final class XPathTracker extends DefaultHandler {

    private final ContentHandler next;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

    XPathTracker(ContentHandler next) {
        this.next = next;
        siblings.push(new HashMap<>());
    }

    String current() {
        if (path.isEmpty()) {
            return "/";
        }
        StringBuilder xpath = new StringBuilder();
        path.descendingIterator().forEachRemaining(step -> xpath.append('/').append(step));
        return xpath.toString();
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        int index = siblings.peek().merge(localName, 1, Integer::sum);
        path.push(path.isEmpty() ? localName : localName + "[" + index + "]");
        siblings.push(new HashMap<>());
        next.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
        path.pop();
        siblings.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        next.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        next.ignorableWhitespace(ch, start, length);
    }
}
