package org.caravan.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.caravan.reference.internal.store.WatchlistTable;

/**
 * A labelled set of names built from the lists themselves, and screening's precision and
 * recall on it.
 *
 * <p>Positives are what a listed party's name looks like on a parcel: an alias instead of the
 * primary name, the words in another order, the first given name cut to its initial, the
 * Latin name written in Cyrillic (and a Cyrillic original-script name written in Latin by
 * another scheme than the one screening uses), a letter dropped or doubled. A positive counts
 * as found when the entry it was made from is among the entries screening flags.
 * Negatives are names of people and firms of the region and of the lists' countries that are
 * not listed (their words, sorted, equal no listed name's); any flag on one is a false positive,
 * as is a positive flagged only against other entries.
 */
final class WatchlistEvaluation {

    static final long SEED = 20260227L;
    /** OFAC entries sampled for positives (all UN entries are used). */
    static final int OFAC_SAMPLE = 1500;
    static final int NEGATIVE_PEOPLE = 4000;
    static final int NEGATIVE_FIRMS = 1000;

    record Case(String name, String list, String reference, String variant) {
        boolean positive() {
            return reference != null;
        }
    }

    record Entry(String list, String reference, String primaryName, String kind, List<String> names) {
    }

    record Result(int positives, int negatives, int truePositives, int falsePositives, int falseNegatives,
            double precision, double recall, Map<String, String> recallByVariant, double microsPerScreening,
            List<String> missed, List<String> falseAlarms) {

        String summary() {
            return String.format(Locale.ROOT, "threshold %.2f: %d positives, %d negatives; precision %.4f, recall %.4f "
                    + "(TP %d, FP %d, FN %d); %.1f µs per screening; recall by variant %s",
                    Watchlist.THRESHOLD, positives, negatives, precision, recall, truePositives, falsePositives,
                    falseNegatives, microsPerScreening, recallByVariant);
        }
    }

    private WatchlistEvaluation() {
    }

    static List<Entry> entries(List<WatchlistTable.Row> rows) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (WatchlistTable.Row row : rows) {
            entries.computeIfAbsent(row.list() + "\u0000" + row.reference(), k -> new Entry(row.list(), row.reference(),
                    row.primaryName(), row.kind(), new ArrayList<>())).names().add(row.name());
        }
        return new ArrayList<>(entries.values());
    }

    static List<Case> labelledSet(List<Entry> entries) {
        Random random = new Random(SEED);
        List<Entry> un = entries.stream().filter(e -> e.list().equals("UN")).toList();
        List<Entry> ofac = new ArrayList<>(entries.stream().filter(e -> e.list().equals("OFAC-SDN"))
                .filter(e -> "individual".equals(e.kind()) || "entity".equals(e.kind())).toList());
        Collections.shuffle(ofac, random);
        List<Entry> sample = new ArrayList<>(un);
        sample.addAll(ofac.subList(0, Math.min(OFAC_SAMPLE, ofac.size())));
        List<Case> cases = new ArrayList<>();
        for (Entry e : sample) {
            positives(e, random, cases);
        }
        Set<String> listed = entries.stream().flatMap(e -> e.names().stream()).map(WatchlistEvaluation::sortedWords)
                .collect(Collectors.toSet());
        negatives(random, listed, cases);
        return cases;
    }

    private static void positives(Entry e, Random random, List<Case> cases) {
        String primary = e.primaryName();
        List<String> aliases = e.names().stream().filter(n -> !n.equals(primary)).filter(WatchlistEvaluation::latin)
                .filter(n -> words(n).size() > 0).toList();
        if (!aliases.isEmpty()) {
            cases.add(new Case(aliases.get(random.nextInt(aliases.size())), e.list(), e.reference(), "alias"));
        }
        List<String> words = words(primary);
        if (words.size() >= 2) {
            List<String> reordered = new ArrayList<>(words.subList(1, words.size()));
            reordered.add(words.get(0));
            cases.add(new Case(String.join(" ", reordered), e.list(), e.reference(), "word order"));
        }
        if ("individual".equals(e.kind()) && words.size() >= 2) {
            // the given name: after the comma in OFAC's "SURNAME, Given", else the first word
            int comma = primary.indexOf(',');
            int given = comma < 0 ? 0 : words(primary.substring(0, comma)).size();
            if (given < words.size()) {
                List<String> initialled = new ArrayList<>(words);
                initialled.set(given, words.get(given).charAt(0) + ".");
                cases.add(new Case(String.join(" ", initialled), e.list(), e.reference(), "initials"));
            }
        }
        if ("individual".equals(e.kind()) && latin(primary)) {
            cases.add(new Case(toCyrillic(primary), e.list(), e.reference(), "latin to cyrillic"));
        }
        e.names().stream().filter(WatchlistEvaluation::cyrillic).findFirst()
                .ifPresent(original -> cases.add(new Case(bgnLatin(original), e.list(), e.reference(), "cyrillic to latin")));
        List<Integer> long4 = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() >= 4) {
                long4.add(i);
            }
        }
        if (!long4.isEmpty()) {
            List<String> typo = new ArrayList<>(words);
            int w = long4.get(random.nextInt(long4.size()));
            String word = typo.get(w);
            int at = 1 + random.nextInt(word.length() - 1);
            typo.set(w, random.nextBoolean() ? word.substring(0, at) + word.substring(at + 1)
                    : word.substring(0, at) + word.charAt(at) + word.substring(at));
            cases.add(new Case(String.join(" ", typo), e.list(), e.reference(), "dropped or doubled letter"));
        }
    }

    static final String[] FIRST_NAMES = {"Aibek", "Nurlan", "Yerlan", "Daulet", "Askar", "Bakhyt", "Marat", "Timur",
        "Rustam", "Farrukh", "Jasur", "Sardor", "Bekzod", "Dilshod", "Shavkat", "Alisher", "Ulugbek", "Otabek", "Bobur",
        "Sanjar", "Kanat", "Azamat", "Nurbek", "Almaz", "Daniyar", "Ermek", "Zhanibek", "Saltanat", "Aigerim", "Dinara",
        "Gulnara", "Madina", "Zarina", "Nigora", "Dilnoza", "Malika", "Aizhan", "Asel", "Cholpon", "Gulzat", "Firuza",
        "Mehrona", "Parvina", "Shahlo", "Tahmina", "Olga", "Natalia", "Elena", "Svetlana", "Sergei", "Dmitry", "Andrei",
        "Alexei", "Vladimir", "Nikolai", "Pavel", "Mikhail", "Oleg", "Igor", "Yuri", "Artem", "Maxim", "Anton", "Ivan",
        "Wei", "Jing", "Mehmet", "Emre", "Ayse", "Fatma", "Arash", "Reza", "Kamran", "Ilham", "Orkhan", "Giorgi",
        "Levan", "Batbayar", "Bilal", "Imran", "Ayesha", "Samir", "Nabil", "Faisal", "Leila", "Yasmin", "Omar",
        "Hamid", "Karim", "Tariq", "Jean", "Pierre", "Grace", "Patrick", "Min-jun", "Seo-yeon", "Ji-ho", "Hyun-woo",
        "Anna", "Maria", "Tatiana", "Irina", "Ekaterina", "Yulia", "Kseniya", "Bolat", "Serik", "Gulmira", "Aliya"};
    static final String[] SURNAMES = {"Nurpeisov", "Abenov", "Zhakupov", "Seitkali", "Akhmetov", "Bekov", "Ismailov",
        "Karimov", "Rakhimov", "Yusupov", "Tursunov", "Usmonov", "Sultanov", "Abdullaev", "Mamatov", "Toktogulov",
        "Asanov", "Osmonov", "Sadykov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov",
        "Novikov", "Morozov", "Volkov", "Solovyov", "Vasiliev", "Zaitsev", "Pavlov", "Semyonov", "Golubev",
        "Vinogradov", "Bogdanov", "Vorobyov", "Fedorov", "Zhang", "Wang", "Liu", "Chen", "Yilmaz", "Demir", "Kaya",
        "Aliyev", "Huseynov", "Beridze", "Kapanadze", "Ganbaatar", "Haddad", "Khoury", "Nasser", "Saleh", "Mansour",
        "Darwish", "Rahimi", "Karimi", "Popal", "Stanekzai", "Mbala", "Tshibanda", "Kim", "Park", "Choi", "Jung",
        "Dzhaksybekov", "Ermekov", "Serikbayev", "Kenzhebekov", "Omarova", "Ivanova", "Petrova", "Nazarova",
        "Kurbanov", "Atayev", "Berdiyev", "Sharipov", "Nazarov", "Safarov", "Qodirov", "Ergashev", "Mirzaev"};
    static final String[] PLACES = {"Almaty", "Astana", "Bishkek", "Osh", "Tashkent", "Samarkand", "Dushanbe",
        "Khujand", "Ashgabat", "Shymkent", "Urumqi", "Kashgar", "Tbilisi", "Baku", "Silk Road", "Steppe", "Altai",
        "Pamir", "Tien Shan", "Caspian", "Aral", "Fergana", "Issyk-Kul", "Karaganda", "Navoi"};
    static final String[] TRADES = {"Trading", "Logistics", "Textiles", "Electronics", "Foods", "Cotton", "Carpets",
        "Ceramics", "Auto Parts", "Pharma", "Agro", "Furniture", "Cosmetics", "Books", "Toys", "Tea", "Spices",
        "Leather", "Silk", "Dried Fruit", "Honey", "Machinery", "Telecom", "Express", "Cargo"};
    static final String[] FORMS = {"LLP", "LLC", "Ltd", "TOO", "OOO", "JSC", "Co", "Group", "Company", "Shop", "Market"};

    private static void negatives(Random random, Set<String> listed, List<Case> cases) {
        int people = 0;
        Set<String> made = new HashSet<>();
        while (people < NEGATIVE_PEOPLE) {
            String name = random.nextInt(4) == 0
                    ? SURNAMES[random.nextInt(SURNAMES.length)] + " " + FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
                    : FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
            if (random.nextInt(5) == 0) {
                name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + name;
            }
            if (made.add(name) && !listed.contains(sortedWords(name))) {
                cases.add(new Case(name, null, null, "person not listed"));
                people++;
            }
            if (made.size() > NEGATIVE_PEOPLE * 20) {
                break;
            }
        }
        int firms = 0;
        while (firms < NEGATIVE_FIRMS && made.size() < NEGATIVE_PEOPLE * 40) {
            String name = PLACES[random.nextInt(PLACES.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " "
                    + FORMS[random.nextInt(FORMS.length)];
            if (made.add(name) && !listed.contains(sortedWords(name))) {
                cases.add(new Case(name, null, null, "firm not listed"));
                firms++;
            }
        }
    }

    static Result evaluate(Watchlist watchlist, List<Case> cases) {
        cases.forEach(c -> watchlist.screenAll(c.name())); // warm up before timing
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int positives = 0;
        Map<String, int[]> byVariant = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        long started = System.nanoTime();
        List<List<WatchlistHit>> screened = cases.stream().map(c -> watchlist.screenAll(c.name())).toList();
        double micros = (System.nanoTime() - started) / 1000.0 / cases.size();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<WatchlistHit> hits = screened.get(i);
            if (c.positive()) {
                positives++;
                boolean found = hits.stream().anyMatch(h -> h.list().equals(c.list()) && h.reference().equals(c.reference()));
                int[] counts = byVariant.computeIfAbsent(c.variant(), k -> new int[2]);
                counts[1]++;
                if (found) {
                    tp++;
                    counts[0]++;
                } else {
                    fn++;
                    missed.add(c.variant() + ": '" + c.name() + "' for " + c.list() + " " + c.reference()
                            + (hits.isEmpty() ? "" : ", flagged " + hits.get(0).reference()));
                    if (!hits.isEmpty()) {
                        fp++;
                    }
                }
            } else if (!hits.isEmpty()) {
                fp++;
                falseAlarms.add("'" + c.name() + "' flagged " + hits.get(0).reason("name", c.name()));
            }
        }
        Map<String, String> recallByVariant = new TreeMap<>();
        byVariant.forEach((variant, counts) -> recallByVariant.put(variant,
                String.format(Locale.ROOT, "%.4f of %d", (double) counts[0] / counts[1], counts[1])));
        return new Result(positives, cases.size() - positives, tp, fp, fn, tp + fp == 0 ? 1 : (double) tp / (tp + fp),
                positives == 0 ? 1 : (double) tp / positives, recallByVariant, micros, missed, falseAlarms);
    }

    static List<String> words(String name) {
        return Arrays.stream(name.split("[\\s,;]+")).filter(w -> !w.isBlank()).toList();
    }

    static String sortedWords(String name) {
        return Arrays.stream(Watchlist.normalise(name).split(" ")).sorted().collect(Collectors.joining(" "));
    }

    static boolean latin(String name) {
        return name.chars().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                && name.chars().noneMatch(c -> c >= 0x370);
    }

    static boolean cyrillic(String name) {
        return name.chars().anyMatch(c -> c >= 0x400 && c <= 0x4FF);
    }

    private static final String[][] TO_CYRILLIC = {{"shch", "щ"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"kh", "х"},
        {"ts", "ц"}, {"ya", "я"}, {"yu", "ю"}, {"yo", "ё"}, {"ye", "е"}, {"a", "а"}, {"b", "б"}, {"c", "к"}, {"d", "д"},
        {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"h", "х"}, {"i", "и"}, {"j", "дж"}, {"k", "к"}, {"l", "л"}, {"m", "м"},
        {"n", "н"}, {"o", "о"}, {"p", "п"}, {"q", "к"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"},
        {"w", "в"}, {"x", "кс"}, {"y", "и"}, {"z", "з"}};

    /** A Latin name as a Russian-speaking clerk would type it, letter by letter. */
    static String toCyrillic(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        next:
        while (i < lower.length()) {
            for (String[] pair : TO_CYRILLIC) {
                if (lower.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    continue next;
                }
            }
            out.append(lower.charAt(i++));
        }
        return out.toString();
    }

    private static final Map<Character, String> BGN = new TreeMap<>();

    static {
        String[] pairs = {"а a", "б b", "в v", "г g", "д d", "е e", "ё yo", "ж zh", "з z", "и i", "й y", "к k", "л l",
            "м m", "н n", "о o", "п p", "р r", "с s", "т t", "у u", "ф f", "х kh", "ц ts", "ч ch", "ш sh", "щ shch",
            "ъ _", "ы y", "ь _", "э e", "ю yu", "я ya"};
        for (String pair : pairs) {
            String latin = pair.substring(2);
            BGN.put(pair.charAt(0), latin.equals("_") ? "" : latin);
        }
    }

    /** A Cyrillic name in Latin by BGN/PCGN, a scheme other than the one screening uses. */
    static String bgnLatin(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(BGN.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }
}
