package org.caravan.reference.internal.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listed names indexed by the keys of their words, so that screening a name scores only
 * the few listed names that share a key with it, never the whole list.
 *
 * <p>A word's keys are its first three letters, the first three letters left when one of its
 * first four is left out (so that a letter dropped, added or changed near the start still
 * finds the word), and the first three consonants of its skeleton (vowels are what
 * transliterations disagree on most). Single letters are initials: they are not keys, and
 * they match any word that begins with them.
 *
 * <p>A name matches a listed name when its words pair off with the listed name's words
 * (word order does not count): the score is twice the sum of the paired words' similarity
 * over the number of words of both names, so every unpaired word on either side lowers it.
 */
public final class NameIndex {

    /** Words at least this similar (Jaro-Winkler) pair off; below, they count as different words. */
    public static final double WORD_THRESHOLD = 0.88;
    /** What an initial contributes when it pairs off with a word that begins with it. */
    public static final double INITIAL = 0.9;
    /** Names longer than this (in words, or letters per word) are cut: nobody is called that. */
    static final int MAX_WORDS = 12;
    static final int MAX_WORD_LENGTH = 40;

    public record Match(int name, double score) {
    }

    private final String[][] words;
    private final int[] initials;
    private final Map<String, int[]> postings;

    public NameIndex(List<String> names) {
        words = new String[names.size()][];
        initials = new int[names.size()];
        Map<String, List<Integer>> keyed = new HashMap<>();
        for (int n = 0; n < names.size(); n++) {
            words[n] = prepared(names.get(n));
            for (String word : words[n]) {
                if (word.length() == 1) {
                    initials[n]++;
                }
                for (String key : keys(word)) {
                    List<Integer> ids = keyed.computeIfAbsent(key, k -> new ArrayList<>());
                    if (ids.isEmpty() || ids.get(ids.size() - 1) != n) {
                        ids.add(n);
                    }
                }
            }
        }
        postings = new HashMap<>(keyed.size() * 2);
        keyed.forEach((key, ids) -> postings.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    public int size() {
        return words.length;
    }

    /** Listed names scoring at least {@code threshold} against the given name, best first. */
    public List<Match> matches(String name, double threshold) {
        if (words.length == 0) {
            return List.of();
        }
        String[] query = prepared(name);
        if (query.length == 0) {
            return List.of();
        }
        int queryInitials = 0;
        for (String word : query) {
            if (word.length() == 1) {
                queryInitials++;
            }
        }
        Scratch scratch = SCRATCH.get();
        scratch.ensure(words.length);
        List<Match> found = new ArrayList<>();
        try {
            for (String word : query) {
                int stamp = ++scratch.stamp;
                for (String key : keys(word)) {
                    int[] ids = postings.get(key);
                    if (ids == null) {
                        continue;
                    }
                    for (int id : ids) {
                        if (scratch.seen[id] != stamp) {
                            scratch.seen[id] = stamp;
                            if (scratch.hits[id]++ == 0) {
                                scratch.touched.add(id);
                            }
                        }
                    }
                }
            }
            for (int t = 0; t < scratch.touched.size(); t++) {
                int id = scratch.touched.get(t);
                int pairable = Math.min(scratch.hits[id] + queryInitials + initials[id], Math.min(query.length, words[id].length));
                if (2.0 * pairable / (query.length + words[id].length) < threshold) {
                    continue;
                }
                double score = score(query, words[id]);
                if (score >= threshold) {
                    found.add(new Match(id, score));
                }
            }
        } finally {
            for (int t = 0; t < scratch.touched.size(); t++) {
                scratch.hits[scratch.touched.get(t)] = 0;
            }
            scratch.touched.clear();
        }
        found.sort((a, b) -> Double.compare(b.score(), a.score()));
        return found;
    }

    /** How well two names agree, 0 to 1, whatever their word order. */
    public static double score(String a, String b) {
        return score(prepared(a), prepared(b));
    }

    static double score(String[] query, String[] listed) {
        if (query.length == 0 || listed.length == 0) {
            return 0;
        }
        double[][] similarity = new double[query.length][listed.length];
        for (int i = 0; i < query.length; i++) {
            for (int j = 0; j < listed.length; j++) {
                similarity[i][j] = wordSimilarity(query[i], listed[j]);
            }
        }
        // pair off greedily, the most similar pair first: names are a few words, this is enough
        boolean[] usedQ = new boolean[query.length];
        boolean[] usedL = new boolean[listed.length];
        double sum = 0;
        for (int round = Math.min(query.length, listed.length); round > 0; round--) {
            int bi = -1;
            int bj = -1;
            double best = 0;
            for (int i = 0; i < query.length; i++) {
                if (usedQ[i]) {
                    continue;
                }
                for (int j = 0; j < listed.length; j++) {
                    if (!usedL[j] && similarity[i][j] > best) {
                        best = similarity[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedQ[bi] = true;
            usedL[bj] = true;
            sum += best;
        }
        return 2 * sum / (query.length + listed.length);
    }

    static double wordSimilarity(String a, String b) {
        if (a.length() == 1 || b.length() == 1) {
            if (a.length() == 1 && b.length() == 1) {
                return a.equals(b) ? 1 : 0;
            }
            return a.charAt(0) == b.charAt(0) ? INITIAL : 0;
        }
        double similarity = JaroWinkler.similarity(a, b);
        return similarity >= WORD_THRESHOLD ? similarity : 0;
    }

    static String[] prepared(String name) {
        List<String> words = ScreeningNames.words(name);
        String[] prepared = words.stream().limit(MAX_WORDS)
                .map(w -> w.length() > MAX_WORD_LENGTH ? w.substring(0, MAX_WORD_LENGTH) : w).toArray(String[]::new);
        Arrays.sort(prepared);
        return prepared;
    }

    static Set<String> keys(String word) {
        Set<String> keys = new LinkedHashSet<>(4);
        if (word.length() < 2) {
            return keys;
        }
        keys.add("p" + word.substring(0, Math.min(3, word.length())));
        if (word.length() >= 4) {
            // the beginning with one of its first four letters left out, on both sides: two words
            // one letter apart there (dropped, added or changed) share one of these
            for (int i = 0; i < 4; i++) {
                String shorter = word.substring(0, i) + word.substring(i + 1);
                keys.add("p" + shorter.substring(0, 3));
            }
        }
        StringBuilder skeleton = new StringBuilder(3);
        for (int i = 0; i < word.length() && skeleton.length() < 3; i++) {
            char c = word.charAt(i);
            if ("aeiou".indexOf(c) < 0) {
                skeleton.append(c);
            }
        }
        if (skeleton.length() >= 2) {
            keys.add("s" + skeleton);
        }
        return keys;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Per-thread counters, reused between screenings so that the hot path allocates little. */
    private static final class Scratch {
        int[] hits = new int[0];
        int[] seen = new int[0];
        int stamp;
        final IntList touched = new IntList();

        void ensure(int size) {
            if (hits.length < size) {
                hits = new int[size];
                seen = new int[size];
                stamp = 0;
            }
        }
    }

    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
