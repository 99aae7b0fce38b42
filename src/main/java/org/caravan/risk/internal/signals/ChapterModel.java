package org.caravan.risk.internal.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly the words of a description point to each HS chapter: multinomial naive
 * Bayes over words, learned from the nomenclature's texts and labelled descriptions. Chosen
 * over the Lucene index behind HS suggestions because a parcel's check must cost a few
 * microseconds: a description is a handful of map look-ups and sparse additions, the
 * posterior is a normalisation over the chapters that are not hopeless.
 */
final class ChapterModel {

    /** Chapters 01 to 97, by their number. */
    static final int CHAPTERS = 98;

    /** Additive smoothing: an unseen word costs a chapter, but does not rule it out. */
    private static final double ALPHA = 0.1;

    /** A chapter that many nats below the best cannot change a posterior at the precision that matters. */
    private static final double NEGLIGIBLE = 25;

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "other", "than", "not", "its", "from",
            "whether", "their", "thereof", "such", "kind", "used", "new", "made", "this", "that", "all", "any", "are",
            "but", "being", "which", "includ", "excluding", "per", "set", "pcs", "piece", "pieces");

    /** A text labelled with its chapter. */
    record Labelled(String text, int chapter) {
    }

    /** The words of a word: the chapters it was seen in and what seeing it there adds to their score. */
    private record Evidence(int[] chapters, double[] gains) {
    }

    private final Map<String, Evidence> words;
    /** The log of each chapter's word count plus smoothing: what every known word costs it. */
    private final double[] perWord;
    private final boolean[] seen;

    private ChapterModel(Map<String, Evidence> words, double[] perWord, boolean[] seen) {
        this.words = words;
        this.perWord = perWord;
        this.seen = seen;
    }

    static ChapterModel learn(List<Labelled> texts) {
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        long[] totals = new long[CHAPTERS];
        boolean[] seen = new boolean[CHAPTERS];
        List<String> tokens = new ArrayList<>();
        for (Labelled text : texts) {
            if (text.chapter() < 1 || text.chapter() >= CHAPTERS) {
                continue;
            }
            seen[text.chapter()] = true;
            tokens.clear();
            words(text.text(), tokens);
            for (String token : tokens) {
                counts.computeIfAbsent(token, k -> new HashMap<>()).merge(text.chapter(), 1, Integer::sum);
                totals[text.chapter()]++;
            }
        }
        double vocabulary = counts.size();
        double[] perWord = new double[CHAPTERS];
        for (int c = 0; c < CHAPTERS; c++) {
            perWord[c] = Math.log(totals[c] + ALPHA * vocabulary);
        }
        Map<String, Evidence> words = new HashMap<>(counts.size() * 2);
        counts.forEach((word, byChapter) -> {
            int[] chapters = new int[byChapter.size()];
            double[] gains = new double[byChapter.size()];
            int i = 0;
            for (Map.Entry<Integer, Integer> e : byChapter.entrySet()) {
                chapters[i] = e.getKey();
                gains[i++] = Math.log((e.getValue() + ALPHA) / ALPHA);
            }
            words.put(word, new Evidence(chapters, gains));
        });
        return new ChapterModel(words, perWord, seen);
    }

    /** The posterior over chapters of one description. */
    record Reading(int knownWords, int best, double bestPosterior, double[] scores, double normaliser) {

        double posterior(int chapter) {
            return knownWords == 0 ? 0 : Math.exp(scores[chapter] - scores[best]) / normaliser;
        }
    }

    Reading read(String description) {
        double[] scores = new double[CHAPTERS];
        List<String> tokens = new ArrayList<>(8);
        words(description, tokens);
        int known = 0;
        for (String token : tokens) {
            Evidence evidence = words.get(token);
            if (evidence == null) {
                continue;
            }
            known++;
            for (int i = 0; i < evidence.chapters().length; i++) {
                scores[evidence.chapters()[i]] += evidence.gains()[i];
            }
        }
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 1; c < CHAPTERS; c++) {
            if (!seen[c]) {
                scores[c] = Double.NEGATIVE_INFINITY;
                continue;
            }
            scores[c] -= known * perWord[c];
            if (scores[c] > top) {
                top = scores[c];
                best = c;
            }
        }
        if (known == 0) {
            return new Reading(0, 0, 0, scores, 1);
        }
        double normaliser = 0;
        for (int c = 1; c < CHAPTERS; c++) {
            double gap = scores[c] - top;
            if (gap > -NEGLIGIBLE) {
                normaliser += Math.exp(gap);
            }
        }
        return new Reading(known, best, 1 / normaliser, scores, normaliser);
    }

    /** Lower-case words of letters, three or more, without stop words, a plural's final s dropped. */
    static void words(String text, List<String> into) {
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char ch = i < n ? Character.toLowerCase(text.charAt(i)) : ' ';
            boolean letter = ch >= 'a' && ch <= 'z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 3) {
                    String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
                        word = word.substring(0, word.length() - 1);
                    }
                    if (!STOP.contains(word)) {
                        into.add(word);
                    }
                }
                start = -1;
            }
        }
    }
}
