package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.caravan.support.ApiTest;
import org.caravan.support.SharedData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Imports of the public reference data beside the project, into a database of their own:
 * the full nomenclature and the ECB rates would change what every later test class sees.
 */
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:caravan-reference-import;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReferenceDataImportTest extends ApiTest {

    @Autowired
    HsNomenclature nomenclature;

    @Autowired
    ExchangeRates rates;

    @Test
    void importsTheWholeHs2022Nomenclature() {
        assertThat(nomenclature.isKnown(new HsCode("010121"))).as("outside the pilot tariff").isFalse();
        NomenclatureImported imported = nomenclature.importNomenclature(SharedData.file("hs/harmonized-system.csv"));
        assertThat(imported.subheadings()).isEqualTo(5612);
        assertThat(imported.headings()).isEqualTo(1228);
        // HS 2022 has 96 chapters (01-97 without 77); the file's 97th, chapter 99, is a statistical "not specified" code
        assertThat(imported.chapters()).isEqualTo(96);
        assertThat(nomenclature.importedSubheadings()).isEqualTo(5612);
        assertThat(nomenclature.isKnown(new HsCode("010121"))).isTrue();
        assertThat(nomenclature.isKnown(new HsCode("9701910000"))).isTrue();
        assertThat(nomenclature.isKnown(new HsCode("999999"))).isFalse();
    }

    @Test
    void pilotTariffCodesAreAllInHs2022() {
        var known = new java.util.HashSet<String>();
        org.caravan.reference.internal.CsvRows.file(SharedData.file("hs/harmonized-system.csv"), row -> {
            if ("6".equals(row.get("level"))) {
                known.add(row.get("hscode"));
            }
        });
        assertThat(nomenclature.pilotTariff()).hasSizeGreaterThanOrEqualTo(140);
        assertThat(known).containsAll(nomenclature.pilotTariff().keySet());
    }

    @Test
    void importsEcbReferenceRatesAndUsesTheLatestOnOrBeforeTheDate() {
        int imported = rates.importEcb(SharedData.file("fx/ecb-eurofxref-2024-02-19.csv"));
        assertThat(imported).isGreaterThan(25);
        ExchangeRate usd = rates.rate(Currency.getInstance("USD"), Currencies.EUR, LocalDate.of(2024, 3, 1));
        assertThat(usd.date()).isEqualTo(LocalDate.of(2024, 2, 19));
        assertThat(usd.rate()).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("1.0776"), ExchangeRate.PRECISION));
        assertThat(usd.source()).contains("ECB");
        // later dates still use the newer built-in table
        assertThat(rates.rate(Currency.getInstance("USD"), Currencies.EUR, LocalDate.of(2026, 11, 25)).date())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }
}
