package org.caravan.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.caravan.interchange.internal.wco.WcoSchemas;
import org.caravan.support.SharedData;

/** The published WCO DM sample and schemas (shared data, never copied here), and a declaration Caravan accepts. */
final class Wco {

    private Wco() {
    }

    static String sample() {
        try {
            return Files.readString(SharedData.file("samples/wco-dm/import-declaration-full.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WcoSchemas schemas() {
        Path declaration = SharedData.file("samples/wco-dm/schemas/declaration/WCO_DEC_2_DMS.xsd");
        return WcoSchemas.from(declaration.getParent().getParent());
    }

    /**
     * The sample as a courier on the corridor would lodge it: a parcel of smartphones from China
     * to Kazakhstan for a named importer, under a fresh LRN.
     */
    static String corridorDeclaration(String lrn) {
        return sample().replace("<FunctionalReferenceID>7847767E1WB6</FunctionalReferenceID>",
                        "<FunctionalReferenceID>" + lrn + "</FunctionalReferenceID>")
                .replace("<Destination>\n\t\t\t\t<CountryCode>GB</CountryCode>", "<Destination>\n\t\t\t\t<CountryCode>KZ</CountryCode>")
                .replace("<ExportCountry>\n\t\t\t\t<ID>US</ID>", "<ExportCountry>\n\t\t\t\t<ID>CN</ID>")
                .replace("<ID>85109000</ID>", "<ID>85171300</ID>")
                .replace("currencyID=\"GBP\"", "currencyID=\"USD\"")
                .replace("<Origin>\n\t\t\t\t\t<CountryCode>US</CountryCode>", "<Origin>\n\t\t\t\t\t<CountryCode>CN</CountryCode>")
                .replace("<Importer>\n\t\t\t\t<ID>GB553202734852</ID>",
                        "<Importer>\n\t\t\t\t<Name>Aigerim Sadykova</Name>\n\t\t\t\t<ID>KZ-P123456789012</ID>\n"
                                + "\t\t\t\t<Address><CityName>Almaty</CityName><CountryCode>KZ</CountryCode></Address>");
    }
}
