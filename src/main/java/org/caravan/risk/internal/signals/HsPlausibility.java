package org.caravan.risk.internal.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.caravan.filing.FiledConsignment;
import org.caravan.reference.CountryCode;
import org.caravan.reference.HsExample;
import org.caravan.reference.HsExamples;
import org.caravan.reference.HsNomenclature;
import org.caravan.reference.HsSubheadingText;
import org.caravan.reference.TariffLine;
import org.caravan.risk.HsSuggestions;
import org.caravan.risk.internal.RiskSignal;
import org.caravan.risk.internal.SignalDetector;
import org.caravan.risk.internal.hs.HeldOut;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A declared HS code its own description does not support: the words point strongly to
 * another chapter and the declared chapter is implausible for them (earbuds declared as
 * T-shirts to pay the textile rate). Firing asks HS suggestions for the code to propose;
 * the cheap chapter model alone runs for every item. The model learns from the pilot
 * tariff, the nomenclature and the labelled descriptions, and again after either is imported.
 */
@Component
public class HsPlausibility implements SignalDetector {

    static final String NAME = "hs-plausibility";

    private final HsNomenclature nomenclature;
    private final HsExamples examples;
    private final HsSuggestions suggestions;
    private final SignalSettings.HsPlausibility settings;
    private volatile Built built;

    private record Built(ChapterModel model, long nomenclatureImports, long exampleImports) {
    }

    HsPlausibility(HsNomenclature nomenclature, HsExamples examples, HsSuggestions suggestions, SignalSettings settings) {
        this.nomenclature = nomenclature;
        this.examples = examples;
        this.suggestions = suggestions;
        this.settings = settings.hsPlausibility();
    }

    @Override
    public Set<String> signals() {
        return Set.of(NAME);
    }

    @Override
    public void detect(FiledConsignment consignment, CountryCode jurisdiction, Consumer<RiskSignal> signals) {
        ChapterModel model = model();
        for (FiledConsignment.Item item : consignment.items()) {
            int declared = Integer.parseInt(item.hsCode().chapter());
            ChapterModel.Reading reading = model.read(item.description());
            if (implausible(reading, declared, settings)) {
                signals.accept(new RiskSignal(NAME, reason(item, reading, declared), reading.bestPosterior()));
            }
        }
    }

    static boolean implausible(ChapterModel.Reading reading, int declared, SignalSettings.HsPlausibility settings) {
        return reading.knownWords() >= settings.minKnownWords() && reading.best() != declared
                && reading.bestPosterior() >= settings.minPosterior()
                && reading.posterior(declared) <= settings.maxDeclaredPosterior();
    }

    private String reason(FiledConsignment.Item item, ChapterModel.Reading reading, int declared) {
        String suggested = suggestions.suggest(item.description(), 1).stream().findFirst()
                .map(c -> "; suggested " + c.hsCode() + " " + c.description()).orElse("");
        return String.format(Locale.ROOT, "\"%s\" declared as %s (chapter %02d) reads as chapter %02d (%.2f)%s",
                item.description(), item.hsCode().subheading(), declared, reading.best(), reading.bestPosterior(), suggested);
    }

    /** How often the signal fires on labelled descriptions with their own code and with another chapter's. */
    public record Measured(int honestPairs, int falseAlarms, int wrongPairs, int detections, int trainedOn) {

        public double falseAlarmRate() {
            return honestPairs == 0 ? 0 : (double) falseAlarms / honestPairs;
        }

        public double detectionRate() {
            return wrongPairs == 0 ? 0 : (double) detections / wrongPairs;
        }
    }

    /**
     * Measures on one held-out split of the labelled descriptions with a model that learned
     * from the training split only: each description with its own code (an alarm is false),
     * and with the code of the description half the split further on, when that is of
     * another chapter (a firing detects it).
     */
    public Measured measure(HeldOut split, SignalSettings.HsPlausibility with) {
        List<HsExample> all = examples.all();
        List<HsExample> measured = all.stream().filter(e -> HeldOut.of(e.description()) == split).toList();
        List<HsExample> train = all.stream().filter(e -> HeldOut.of(e.description()) == HeldOut.TRAIN).toList();
        ChapterModel model = learn(train);
        int falseAlarms = 0;
        int wrongPairs = 0;
        int detections = 0;
        for (int i = 0; i < measured.size(); i++) {
            HsExample example = measured.get(i);
            ChapterModel.Reading reading = model.read(example.description());
            int own = chapter(example.subheading());
            if (implausible(reading, own, with)) {
                falseAlarms++;
            }
            int other = chapter(measured.get((i + measured.size() / 2) % measured.size()).subheading());
            if (other != own) {
                wrongPairs++;
                if (implausible(reading, other, with)) {
                    detections++;
                }
            }
        }
        return new Measured(measured.size(), falseAlarms, wrongPairs, detections, train.size());
    }

    /** A serving process learns before the first parcel, so no parcel waits for it; a command-line run when it needs it. */
    @EventListener(ApplicationReadyEvent.class)
    void learnAtStartUp(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            model();
        }
    }

    private ChapterModel model() {
        Built current = built;
        if (current == null || current.nomenclatureImports() != nomenclature.imports()
                || current.exampleImports() != examples.imports()) {
            current = rebuild();
        }
        return current.model();
    }

    private synchronized Built rebuild() {
        Built current = built;
        if (current != null && current.nomenclatureImports() == nomenclature.imports()
                && current.exampleImports() == examples.imports()) {
            return current;
        }
        long nomenclatureImports = nomenclature.imports();
        long exampleImports = examples.imports();
        built = new Built(learn(examples.all()), nomenclatureImports, exampleImports);
        return built;
    }

    private ChapterModel learn(List<HsExample> labelled) {
        List<ChapterModel.Labelled> texts = new ArrayList<>();
        for (HsSubheadingText s : nomenclature.subheadingTexts()) {
            texts.add(new ChapterModel.Labelled(s.description() + " " + s.heading(), chapter(s.subheading())));
        }
        for (TariffLine line : nomenclature.pilotTariff().values()) {
            texts.add(new ChapterModel.Labelled(line.description() + " " + line.category(), chapter(line.subheading())));
        }
        labelled.forEach(e -> texts.add(new ChapterModel.Labelled(e.description(), chapter(e.subheading()))));
        return ChapterModel.learn(texts);
    }

    private static int chapter(String code) {
        return Integer.parseInt(code.substring(0, 2));
    }
}
