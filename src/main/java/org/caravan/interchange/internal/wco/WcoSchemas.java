package org.caravan.interchange.internal.wco;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The WCO DMS schemas (declaration and response notification), loaded from the folder the
 * WCO publishes them in; Caravan does not ship them. Without the folder, declarations are
 * judged by the mapping alone and the caller is told so.
 */
public final class WcoSchemas {

    private final Optional<Schema> declaration;
    private final Optional<Schema> response;

    private WcoSchemas(Optional<Schema> declaration, Optional<Schema> response) {
        this.declaration = declaration;
        this.response = response;
    }

    /** {@code folder} holds {@code declaration/} and {@code notification/} as the DMS distribution lays them out. */
    public static WcoSchemas from(Path folder) {
        return new WcoSchemas(load(folder.resolve("declaration"), "WCO_DEC_2_DMS.xsd"),
                load(folder.resolve("notification"), "WCO_RES_2_DMS.xsd"));
    }

    public boolean declarationsChecked() {
        return declaration.isPresent();
    }

    public boolean responsesChecked() {
        return response.isPresent();
    }

    public List<XmlFault> checkDeclaration(byte[] xml) {
        return declaration.map(s -> check(s, xml)).orElse(List.of());
    }

    public List<XmlFault> checkResponse(byte[] xml) {
        return response.map(s -> check(s, xml)).orElse(List.of());
    }

    private static Optional<Schema> load(Path folder, String message) {
        Path metadata = folder.resolve("DocumentMetaData_2_DMS.xsd");
        Path body = folder.resolve(message);
        if (!Files.isRegularFile(metadata) || !Files.isRegularFile(body)) {
            return Optional.empty();
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the schemas include each other by relative file paths, and nothing else
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return Optional.of(factory.newSchema(new Source[] {new StreamSource(metadata.toFile()),
                    new StreamSource(body.toFile())}));
        } catch (SAXException e) {
            throw new IllegalStateException("The WCO schemas in " + folder + " do not load: " + e.getMessage(), e);
        }
    }

    private static List<XmlFault> check(Schema schema, byte[] xml) {
        List<XmlFault> faults = new ArrayList<>();
        try {
            ValidatorHandler validator = schema.newValidatorHandler();
            XPathTracker tracker = new XPathTracker(validator);
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    if (faults.size() < 100) {
                        faults.add(new XmlFault(tracker.current(), "schema", e.getMessage()));
                    }
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            XMLReader reader = SafeXml.sax().newSAXParser().getXMLReader();
            reader.setProperty("jdk.xml.maxElementDepth", String.valueOf(SafeXml.MAX_DEPTH));
            reader.setContentHandler(tracker);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            faults.add(new XmlFault("/", "malformed", "line " + e.getLineNumber() + " column " + e.getColumnNumber()
                    + ": " + e.getMessage()));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            faults.add(new XmlFault("/", "malformed", String.valueOf(e.getMessage())));
        }
        return faults;
    }
}
