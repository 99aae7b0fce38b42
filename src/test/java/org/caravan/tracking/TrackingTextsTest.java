package org.caravan.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.caravan.clearance.ClearanceStatus;
import org.junit.jupiter.api.Test;

/**
 * The consumer's texts: English and Russian complete and different, every other bundle with
 * every key, and a text for every status and every hold the timeline can show.
 */
class TrackingTextsTest {

    private static final List<String> FALLING_BACK_TO_RUSSIAN = List.of("kk", "uz", "ky", "tg");

    @Test
    void everyStatusAndEveryHoldHasAnEnglishAndARussianText() throws IOException {
        Properties en = bundle("");
        Properties ru = bundle("_ru");
        List<String> statuses = new ArrayList<>(List.of("PRE_ADVISED", "ARRIVED", "HELD_BY_CUSTOMS.before-arrival",
                "HELD_BY_CUSTOMS.at-the-border"));
        for (ClearanceStatus s : ClearanceStatus.values()) {
            statuses.add(s.name());
        }
        for (FinalMileEventType t : FinalMileEventType.values()) {
            statuses.add(t.name());
        }
        for (String status : statuses) {
            assertThat(en.getProperty("status." + status)).as(status).isNotBlank();
            assertThat(ru.getProperty("status." + status)).as(status).isNotBlank().isNotEqualTo(en.getProperty("status." + status));
            // the tracking page says what happens next wherever the parcel stands
            assertThat(en.getProperty("next." + status)).as("next " + status).isNotBlank();
            assertThat(ru.getProperty("next." + status)).as("next " + status).isNotBlank()
                    .isNotEqualTo(en.getProperty("next." + status));
        }
        for (String hold : List.of("PAYMENT_REQUIRED", "PAYMENT_REQUIRED.amount", "HELD_FOR_DOCUMENTS",
                "HELD_BY_CUSTOMS.before-arrival", "HELD_BY_CUSTOMS.at-the-border", "SEIZED")) {
            assertThat(en.getProperty("action." + hold)).as(hold).isNotBlank();
            assertThat(ru.getProperty("action." + hold)).as(hold).isNotBlank().isNotEqualTo(en.getProperty("action." + hold));
        }
        assertThat(en.getProperty("action.PAYMENT_REQUIRED.amount")).contains("{0}", "{1}", "platform or the courier");
        assertThat(ru.getProperty("action.PAYMENT_REQUIRED.amount")).contains("{0}", "{1}");
        assertThat(en.getProperty("action.HELD_FOR_DOCUMENTS")).contains("invoice");
    }

    @Test
    void everyBundleHasEveryEnglishKey() throws IOException {
        Properties en = bundle("");
        for (String suffix : List.of("_ru", "_kk", "_uz", "_ky", "_tg")) {
            assertThat(bundle(suffix).stringPropertyNames()).as(suffix).containsAll(en.stringPropertyNames());
        }
    }

    /** Untranslated languages read Russian, explicitly, rather than falling through to English. */
    @Test
    void theLanguagesNotYetTranslatedHoldTheRussianTexts() throws IOException {
        Properties ru = bundle("_ru");
        for (String language : FALLING_BACK_TO_RUSSIAN) {
            Properties p = bundle("_" + language);
            for (String key : ru.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(language + " " + key).isEqualTo(ru.getProperty(key));
            }
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        try (InputStream in = TrackingTextsTest.class.getResourceAsStream("/messages/tracking" + suffix + ".properties")) {
            assertThat(in).as("bundle tracking" + suffix).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
