package org.caravan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.caravan.reference.internal.store.ReferenceTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screening finds a listed name in the forms it takes on a parcel, and stays silent on honest namesakes. */
class WatchlistScreeningTest {

    static Watchlist watchlist;

    @BeforeAll
    static void listed() {
        watchlist = ReferenceData.inMemory().watchlist();
        watchlist.add("UN", "Ivan Ivanov", "KPi.033");
        watchlist.add("TEST", "Nurlan Abdikadyrov", "T-1");
        watchlist.add("TEST", "Silk Way Smuggling Trading LLP", "T-2");
        watchlist.add("TEST", "Dzhamshed Yusupov", "T-3");
    }

    static String flagged(String name) {
        return watchlist.screen(name).map(WatchlistHit::reference).orElse(null);
    }

    @Test
    void cyrillicMeetsLatin() {
        assertThat(flagged("Иванов Иван")).isEqualTo("KPi.033");
        assertThat(flagged("Иван Иванов")).isEqualTo("KPi.033");
        assertThat(flagged("Нұрлан Әбдіқадыров")).as("Kazakh letters").isEqualTo("T-1");
        assertThat(flagged("Джамшед Юсупов")).isEqualTo("T-3");
        assertThat(flagged("Jamshed Yusupov")).as("another scheme for the same letters").isEqualTo("T-3");
    }

    @Test
    void wordOrderInitialsAndAMisspeltLetterDoNotHideAName() {
        assertThat(flagged("IVANOV, Ivan")).isEqualTo("KPi.033");
        assertThat(flagged("I. Ivanov")).isEqualTo("KPi.033");
        assertThat(flagged("Ivanov I")).isEqualTo("KPi.033");
        assertThat(flagged("Ivan Ivanonv")).isEqualTo("KPi.033");
        assertThat(flagged("Ivan Ivvanov")).isEqualTo("KPi.033");
        assertThat(flagged("Nurlan Abdikadirov")).isEqualTo("T-1");
        assertThat(flagged("Smuggling Silk Way Trading")).as("legal form left out").isEqualTo("T-2");
    }

    @Test
    void honestNamesakesStaySilent() {
        assertThat(flagged("Ivan Petrov")).isNull();
        assertThat(flagged("Иван Петров")).isNull();
        assertThat(flagged("Maria Ivanova Sokolova")).isNull();
        assertThat(flagged("Nurlan Sadykov")).isNull();
        assertThat(flagged("P. Ivanov")).as("another initial").isNull();
        assertThat(flagged("Silk Way Express LLP")).isNull();
    }

    @Test
    void theHitSaysWhichEntryAndWhichNameMatchedAndHowClosely() {
        WatchlistHit hit = watchlist.screen("Ivanov I.").orElseThrow();
        assertThat(hit.list()).isEqualTo("UN");
        assertThat(hit.matchedName()).isEqualTo("Ivan Ivanov");
        assertThat(hit.score()).isBetween(Watchlist.THRESHOLD, 1.0);
        assertThat(hit.reason("consignee", "Ivanov I.")).matches(
                "consignee 'Ivanov I\\.' matches UN list entry KPi\\.033 'Ivan Ivanov' \\(0\\.\\d\\d\\)");
    }

    @Test
    void aNameScreenedBeforeAnEntryWasAddedIsScreenedAgainstItAfterwards() {
        Watchlist fresh = ReferenceData.inMemory().watchlist();
        assertThat(fresh.screen("Aslan Bekmurzaev")).isEmpty();
        fresh.add("TEST", "Aslan Bekmurzaev", "T-9");
        assertThat(fresh.screen("Aslan Bekmurzaev")).map(WatchlistHit::reference).hasValue("T-9");
        assertThat(fresh.screen("Bekmurzaev Aslan")).map(WatchlistHit::reference).hasValue("T-9");
    }

    @Test
    void hostileInputNeverThrows() {
        for (String name : new String[] {null, "", "   ", "!!!...,,,---", ".", "'", "a", "И", "李小龍", "Ivan Иванов 李 محمد",
            "\u0000\uFFFF\uD800", "x".repeat(1_000_000), "Ivan ".repeat(100_000), "I. ".repeat(50)}) {
            assertThatCode(() -> watchlist.screenAll(name)).as(String.valueOf(name).substring(0,
                    Math.min(20, String.valueOf(name).length()))).doesNotThrowAnyException();
        }
        assertThat(watchlist.screenAll("!!!...")).isEmpty();
        qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(name -> assertThatCode(() -> watchlist.screenAll(name)).doesNotThrowAnyException());
    }

    @Test
    void theUnListIsImportedWithEveryAliasAndItsOriginalScriptName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("un.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST>
                  <INDIVIDUALS><INDIVIDUAL>
                    <FIRST_NAME>DOKU</FIRST_NAME><SECOND_NAME>KHAMATOVICH</SECOND_NAME><THIRD_NAME>UMAROV</THIRD_NAME>
                    <REFERENCE_NUMBER>QDi.290</REFERENCE_NUMBER>
                    <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Dokka Umarov</ALIAS_NAME></INDIVIDUAL_ALIAS>
                    <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                    <NAME_ORIGINAL_SCRIPT>Умаров Доку Хаматович</NAME_ORIGINAL_SCRIPT>
                  </INDIVIDUAL></INDIVIDUALS>
                  <ENTITIES><ENTITY>
                    <FIRST_NAME>ADF</FIRST_NAME><REFERENCE_NUMBER>CDe.001</REFERENCE_NUMBER>
                    <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Allied Democratic Forces</ALIAS_NAME></ENTITY_ALIAS>
                  </ENTITY></ENTITIES>
                </CONSOLIDATED_LIST>
                """, StandardCharsets.UTF_8);
        ReferenceTables tables = ReferenceTables.inMemory();
        Watchlist un = new Watchlist(tables.watchlist());

        assertThat(un.importUnConsolidated(file)).isEqualTo(5);
        assertThat(un.screen("Dokka Umarov").orElseThrow().reason("consignee", "Dokka Umarov"))
                .startsWith("consignee 'Dokka Umarov' matches UN list entry QDi.290 alias 'Dokka Umarov' of "
                        + "'DOKU KHAMATOVICH UMAROV' (1.00)");
        assertThat(un.screen("Доку Умаров Хаматович")).map(WatchlistHit::reference).hasValue("QDi.290");
        assertThat(un.screen("Allied Democratic Forces")).map(WatchlistHit::listedName).hasValue("ADF");
    }

    @Test
    void aListFileCannotReachOutsideThroughAnEntity(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET NAME");
        Path file = dir.resolve("un.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        Watchlist un = new Watchlist(ReferenceTables.inMemory().watchlist());

        assertThatThrownBy(() -> un.importUnConsolidated(file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(un.screenAll("Secret Name")).isEmpty();
    }

    @Test
    void ofacAliasesAreReadFromTheRemarks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sdn.csv");
        Files.writeString(file, """
                306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'BNC'."
                3754,"ABU MARZOOK, Mousa Mohammed","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 09 Feb 1951; a.k.a. 'ABU-'UMAR'."
                """, StandardCharsets.UTF_8);
        ReferenceTables tables = ReferenceTables.inMemory();
        Watchlist ofac = new Watchlist(tables.watchlist());

        assertThat(ofac.importOfacSdn(file)).isEqualTo(4);
        assertThat(tables.watchlist().all()).extracting(r -> r.name()).containsExactlyInAnyOrder(
                "BANCO NACIONAL DE CUBA", "BNC", "ABU MARZOOK, Mousa Mohammed", "ABU-'UMAR");
        assertThat(ofac.screen("Mousa Abu Marzook")).map(WatchlistHit::reference).hasValue("OFAC SDN ent_num 3754 (SDGT)");
        assertThat(ofac.screen("BNC")).map(WatchlistHit::listedName).hasValue("BANCO NACIONAL DE CUBA");
        assertThat(ofac.screenAll("Banco Nacional de Kuba")).isNotEmpty();
    }
}
