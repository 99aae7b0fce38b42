package org.caravan.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The UN Security Council consolidated list in its XML form ({@code CONSOLIDATED_LIST} of
 * {@code INDIVIDUAL} and {@code ENTITY} elements). Each party's primary name is its name
 * parts in order; its aliases ({@code INDIVIDUAL_ALIAS}, {@code ENTITY_ALIAS}, of any
 * quality) and its name in the original script are names of the same party.
 *
 * <p>Read with StAX, no DTD and no external entity: a list file is input from outside.
 */
public final class UnConsolidatedListFile {

    public static final String LIST = "UN";

    private UnConsolidatedListFile() {
    }

    public static List<ListedName> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ListedName> read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException notSupported) {
            // a parser without the JAXP property: with DTDs off it reads no external DTD anyway
        }
        List<ListedName> names = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                Party party = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamReader.START_ELEMENT) {
                        String element = xml.getLocalName();
                        if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
                            party = new Party(element.equals("INDIVIDUAL") ? "individual" : "entity");
                        } else if (party != null) {
                            party.read(element, xml);
                        }
                    } else if (event == XMLStreamReader.END_ELEMENT && party != null
                            && (xml.getLocalName().equals("INDIVIDUAL") || xml.getLocalName().equals("ENTITY"))) {
                        party.addTo(names);
                        party = null;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not a UN consolidated list: " + e.getMessage(), e);
        }
        return names;
    }

    private static final class Party {
        final String kind;
        final String[] parts = new String[4];
        String reference = "";
        final Set<String> others = new LinkedHashSet<>();

        Party(String kind) {
            this.kind = kind;
        }

        void read(String element, XMLStreamReader xml) throws XMLStreamException {
            switch (element) {
                case "FIRST_NAME" -> parts[0] = text(xml);
                case "SECOND_NAME" -> parts[1] = text(xml);
                case "THIRD_NAME" -> parts[2] = text(xml);
                case "FOURTH_NAME" -> parts[3] = text(xml);
                case "REFERENCE_NUMBER" -> reference = text(xml);
                case "NAME_ORIGINAL_SCRIPT", "ALIAS_NAME" -> others.add(text(xml));
                default -> {
                }
            }
        }

        void addTo(List<ListedName> names) {
            StringBuilder primary = new StringBuilder();
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    primary.append(primary.isEmpty() ? "" : " ").append(part.trim());
                }
            }
            if (primary.isEmpty() || reference.isBlank()) {
                return;
            }
            String name = primary.toString();
            names.add(new ListedName(reference, name, name, kind));
            others.stream().filter(o -> !o.isBlank() && !o.equals(name))
                    .forEach(o -> names.add(new ListedName(reference, name, o, kind)));
        }

        private static String text(XMLStreamReader xml) throws XMLStreamException {
            return xml.getElementText().trim().replaceAll("\\s+", " ");
        }
    }
}
