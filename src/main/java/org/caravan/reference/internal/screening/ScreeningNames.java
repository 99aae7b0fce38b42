package org.caravan.reference.internal.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The form in which names are compared: decomposed and stripped of accents, lower case,
 * Cyrillic written in Latin letters, folded so that the usual spelling variants of one sound
 * meet, and cut into words.
 *
 * <p>Cyrillic follows ICAO 9303 (the machine-readable passport scheme, as Kazakh, Kyrgyz,
 * Uzbek, Tajik and Russian passports print names), extended with the letters of the Central
 * Asian alphabets. The fold then makes ICAO and the other common schemes (BGN/PCGN,
 * French and German habits) agree: {@code kh}, {@code h} → h; {@code y}, {@code i} → i;
 * {@code dzh}, {@code dj}, {@code j} → j; {@code w}, {@code v} → v; {@code q}, {@code k},
 * hard {@code c} → k; {@code ph} → f; {@code ou} → u; {@code x} → ks; doubled letters once.
 */
public final class ScreeningNames {

    /** Words that say what kind of party a name is, not which one: legal forms and particles. */
    static final Set<String> NOISE = Set.of("the", "of", "and", "ltd", "llc", "inc", "co", "corp", "corporation",
            "company", "limited", "sa", "cv", "de", "del", "la", "al", "el", "bin", "ibn", "ben", "gmbh", "jsc",
            "ojsc", "pjsc", "cjsc", "ooo", "too", "llp", "plc", "ao", "zao", "oao", "pao");

    private static final String[] CYRILLIC = new String[0x500];

    static {
        String[][] icao = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", "ie"}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
            {"ю", "iu"}, {"я", "ia"},
            // Kazakh, Kyrgyz, Uzbek, Tajik, Ukrainian and Belarusian letters
            {"ә", "a"}, {"ғ", "g"}, {"қ", "k"}, {"ң", "n"}, {"ө", "o"}, {"ұ", "u"}, {"ү", "u"}, {"һ", "h"},
            {"і", "i"}, {"ї", "i"}, {"є", "ie"}, {"ґ", "g"}, {"ў", "u"}, {"ҳ", "h"}, {"ҷ", "dzh"}, {"ӣ", "i"},
            {"ӯ", "u"}, {"ҙ", "z"}, {"ҡ", "k"}, {"ӏ", ""}};
        for (String[] pair : icao) {
            CYRILLIC[pair[0].charAt(0)] = pair[1];
        }
    }

    private ScreeningNames() {
    }

    /** The words of a name in comparable form, in their original order, without noise words. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        String latin = latin(name);
        int start = -1;
        for (int i = 0; i <= latin.length(); i++) {
            boolean letter = i < latin.length() && isWordChar(latin.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String raw = latin.substring(start, i);
                String word = fold(raw);
                if (word.length() == 1 && raw.length() > 1) {
                    // only a letter written alone is an initial: III (the third) is a word
                    word = raw;
                }
                if (!word.isEmpty()) {
                    words.add(word);
                }
                start = -1;
            }
        }
        if (words.size() > 1) {
            List<String> meaningful = words.stream().filter(w -> !NOISE.contains(w)).toList();
            if (!meaningful.isEmpty()) {
                return new ArrayList<>(meaningful);
            }
        }
        return words;
    }

    /** The words sorted, so that word order does not matter. */
    public static String[] sortedWords(String name) {
        String[] words = words(name).toArray(String[]::new);
        Arrays.sort(words);
        return words;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x80 && Character.isLetterOrDigit(c));
    }

    /** Lower case, accents off, Cyrillic in Latin; letters of other scripts are kept as they are. */
    static String latin(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower;
        }
        // transliterate before decomposing: й and ё must not lose their marks to become и and е first
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = c < CYRILLIC.length ? CYRILLIC[c] : null;
            out.append(latin != null ? latin : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFKD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK) {
                stripped.append(c == 'ı' ? 'i' : c == 'ß' ? 's' : c == 'ø' ? 'o' : c == 'đ' ? 'd' : c == 'ł' ? 'l' : c);
            }
        }
        return stripped.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** One spelling for the sounds that schemes write differently; see the class comment. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            String sound;
            if (c == 'd' && next == 'z' && i + 2 < n && word.charAt(i + 2) == 'h') {
                sound = "j";
                i += 2;
            } else if (c == 'd' && next == 'j') {
                sound = "j";
                i++;
            } else if (c == 'k' && next == 'h') {
                sound = "h";
                i++;
            } else if (c == 'p' && next == 'h') {
                sound = "f";
                i++;
            } else if (c == 'o' && next == 'u') {
                sound = "u";
                i++;
            } else if (c == 'c' && next == 'k') {
                sound = "k";
                i++;
            } else if (c == 'c') {
                sound = next == 'h' || next == 'e' || next == 'i' || next == 'y' ? "c" : "k";
            } else if (c == 'y') {
                sound = "i";
            } else if (c == 'w') {
                sound = "v";
            } else if (c == 'q') {
                sound = "k";
            } else if (c == 'x') {
                sound = "ks";
            } else {
                sound = String.valueOf(c);
            }
            for (int k = 0; k < sound.length(); k++) {
                char s = sound.charAt(k);
                if (out.isEmpty() || out.charAt(out.length() - 1) != s) {
                    out.append(s);
                }
            }
        }
        return out.toString();
    }
}
