package org.caravan.interchange.internal.wco;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.caravan.clearance.ClearanceStatus;
import org.caravan.interchange.internal.edifact.CustomsResponseWriter.StatusReport;

/**
 * WCO DM response notifications (WCO_RES_2_DMS inside DocumentMetaData_2_DMS), with the
 * namespaces the schemas ask for. Function codes follow the published samples: 01 accepted,
 * 03 rejected, 09 cleared, 13 tax assessed; the others are listed in docs/wco/RESPONSES.md.
 */
public final class WcoResponseWriter {

    static final String MD = "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2";
    static final String RES = "urn:wco:datamodel:WCO:RES-DMS:2";
    static final String RES_DS = "urn:wco:datamodel:WCO:Response_DS:DMS:2";
    private static final DateTimeFormatter FORMAT_304 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One error of a rejected declaration: the XPath of the element and what is wrong. */
    public record Error(String validationCode, String xpath, String description) {
    }

    private WcoResponseWriter() {
    }

    /** A decision or later status; where duties and taxes are due, the amount goes with it. */
    public static String forStatus(String functionalReference, StatusReport report, ClearanceStatus status, Instant now) {
        return write(functionCode(status), functionalReference, report.trackingNumber(), now, report.occurredAt(),
                report.statusCode(), List.of(), report.amountDue(), report.amountCurrency());
    }

    public static String accepted(String functionalReference, String trackingNumber, Instant now) {
        return write("01", functionalReference, trackingNumber, now, now, null, List.of(), null, null);
    }

    public static String rejected(String functionalReference, List<Error> errors, Instant now) {
        return write("03", functionalReference, null, now, now, null, errors, null, null);
    }

    static String functionCode(ClearanceStatus status) {
        return switch (status) {
            case RELEASED_PRE_ARRIVAL, RELEASED -> "09";
            case PAYMENT_REQUIRED -> "13";
            case SELECTED_FOR_INSPECTION -> "05";
            case HELD_FOR_DOCUMENTS -> "06";
            case SEIZED -> "14";
        };
    }

    private static String write(String function, String functionalReference, String declarationId, Instant now,
            Instant at, String statusCode, List<Error> errors, BigDecimal amountDue, String currency) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.setPrefix("md", MD);
            x.setDefaultNamespace(RES);
            x.setPrefix("ds", RES_DS);
            x.writeStartElement(MD, "MetaData");
            x.writeNamespace("md", MD);
            x.writeDefaultNamespace(RES);
            x.writeNamespace("ds", RES_DS);
            leaf(x, MD, "WCODataModelVersionCode", "3.6");
            leaf(x, MD, "WCOTypeName", "RES");
            leaf(x, MD, "ResponsibleAgencyName", "Caravan");
            x.writeStartElement(RES, "Response");
            leaf(x, RES, "FunctionCode", function);
            leaf(x, RES, "FunctionalReferenceID", UUID.randomUUID().toString().replace("-", ""));
            dateTime(x, "IssueDateTime", now);
            for (Error e : errors) {
                // DMS pointers name document sections and 4-character tags; the XPath in the
                // description names the very element, which a partner's software can follow
                x.writeStartElement(RES, "Error");
                leaf(x, RES, "Description", cut(e.xpath() + ": " + e.description(), 512));
                leaf(x, RES, "ValidationCode", cut(e.validationCode(), 8));
                x.writeEndElement();
            }
            if (statusCode != null) {
                x.writeStartElement(RES, "Status");
                dateTime(x, "EffectiveDateTime", at);
                leaf(x, RES, "NameCode", statusCode);
                x.writeEndElement();
            }
            x.writeStartElement(RES, "Declaration");
            if ("01".equals(function)) {
                dateTime(x, "AcceptanceDateTime", at);
            }
            leaf(x, RES, "FunctionalReferenceID", cut(functionalReference, 35));
            if (declarationId != null) {
                leaf(x, RES, "ID", declarationId);
            }
            if ("03".equals(function)) {
                dateTime(x, "RejectionDateTime", at);
            }
            if (amountDue != null) {
                // the total assessed on the declaration, as the tax-assessed sample gives it per
                // duty: what is assessed and what is to be paid (nothing is paid yet)
                x.writeStartElement(RES, "DutyTaxFee");
                x.writeStartElement(RES, "Payment");
                amount(x, "TaxAssessedAmount", amountDue, currency);
                amount(x, "PaymentAmount", amountDue, currency);
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a WCO response: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** DMS amounts take at most three decimals (n..16,3); a currency's amounts never need more. */
    private static void amount(XMLStreamWriter x, String name, BigDecimal value, String currency)
            throws XMLStreamException {
        x.writeStartElement(RES, name);
        x.writeAttribute("currencyID", currency);
        BigDecimal exact = value.scale() > 3 ? value.setScale(3, RoundingMode.HALF_UP) : value;
        x.writeCharacters(exact.toPlainString());
        x.writeEndElement();
    }

    private static void dateTime(XMLStreamWriter x, String name, Instant at) throws XMLStreamException {
        x.writeStartElement(RES, name);
        x.writeStartElement(RES_DS, "DateTimeString");
        x.writeAttribute("formatCode", "304");
        x.writeCharacters(FORMAT_304.format(at));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static void leaf(XMLStreamWriter x, String ns, String name, String value) throws XMLStreamException {
        x.writeStartElement(ns, name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
