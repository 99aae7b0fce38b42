package org.caravan.risk.internal.hs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory BM25 index of texts that each speak for one subheading: the nomenclature's
 * subheadings (their own words, and their heading's and chapter's as context), the pilot
 * tariff's descriptions and labelled product descriptions. Words are matched stemmed, and
 * whole against the beginnings of the texts' words, for parcel lines cut short. A query's
 * hits vote for their subheading; a subheading's score is its best three hits' scores with
 * falling weights, so several texts agreeing count for more than one, but a subheading with
 * many texts cannot outvote a better match. Immutable once built; searches may run concurrently.
 */
public final class HsTextIndex {

    /** What a text is: its kind decides the weight of its vote. */
    public enum Kind { SUBHEADING, PILOT, EXAMPLE }

    /** One text speaking for a subheading; {@code context} is the wider words (heading, chapter), weighed less. */
    public record Entry(String subheading, Kind kind, String text, String context) {
    }

    /** A subheading found for a query, with its share of the query's votes (0..1). */
    public record Hit(String subheading, double score) {
    }

    /** The settings of the ranking, tuned on the validation split only (docs/risk-model.md). */
    public record Weights(double context, double prefix, double subheading, double pilot, double example, int hits,
            double decay) {

        public static final Weights TUNED = new Weights(0.2, 0.4, 1.0, 1.0, 1.0, 100, 0.5);
    }

    private static final String CODE = "code";
    private static final String KIND = "kind";
    private static final String TEXT = "text";
    private static final String CONTEXT = "context";
    private static final String PREFIX = "prefix";
    private static final int MIN_PREFIX = 4;
    private static final int MAX_TERMS = 64;
    private static final int VOTES_PER_CODE = 3;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Analyzer words = new Words(false);
    private final IndexSearcher searcher;
    private final Weights weights;
    private final int size;

    public HsTextIndex(List<Entry> entries, Weights weights) {
        this.weights = weights;
        this.size = entries.size();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzer, Map.of(PREFIX, new Words(true)));
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(perField).setSimilarity(new BM25Similarity()))) {
            for (Entry entry : entries) {
                Document doc = new Document();
                doc.add(new StringField(CODE, entry.subheading(), Field.Store.YES));
                doc.add(new StoredField(KIND, entry.kind().ordinal()));
                doc.add(new TextField(TEXT, entry.text(), Field.Store.NO));
                if (weights.prefix() > 0) {
                    doc.add(new TextField(PREFIX, entry.text(), Field.Store.NO));
                }
                if (entry.context() != null && !entry.context().isBlank()) {
                    doc.add(new TextField(CONTEXT, entry.context(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return size;
    }

    /** The best {@code limit} subheadings for the text; none when no word of it is in the index. */
    public List<Hit> search(String text, int limit) {
        Set<String> terms = terms(analyzer, text);
        if (terms.isEmpty() || size == 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(CONTEXT, term)), (float) weights.context()),
                    BooleanClause.Occur.SHOULD);
        }
        if (weights.prefix() > 0) {
            for (String word : terms(words, text)) {
                if (word.length() >= MIN_PREFIX) {
                    query.add(new BoostQuery(new TermQuery(new Term(PREFIX, word)), (float) weights.prefix()),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        try {
            ScoreDoc[] docs = searcher.search(query.build(), weights.hits()).scoreDocs;
            Map<String, double[]> votes = new HashMap<>(); // subheading -> {score, votes counted}
            var stored = searcher.storedFields();
            for (ScoreDoc doc : docs) {
                Document d = stored.document(doc.doc);
                String code = d.get(CODE);
                double weight = switch (Kind.values()[d.getField(KIND).numericValue().intValue()]) {
                    case SUBHEADING -> weights.subheading();
                    case PILOT -> weights.pilot();
                    case EXAMPLE -> weights.example();
                };
                double[] v = votes.computeIfAbsent(code, c -> new double[2]);
                if (v[1] < VOTES_PER_CODE) {
                    v[0] += doc.score * weight * Math.pow(weights.decay(), v[1]);
                    v[1]++;
                }
            }
            Map<String, Double> scores = new HashMap<>();
            votes.forEach((code, v) -> scores.put(code, v[0]));
            double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
            List<Hit> hits = new ArrayList<>();
            scores.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .forEach(e -> hits.add(new Hit(e.getKey(), total == 0 ? 0 : e.getValue() / total)));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * Whole words, unstemmed; in the index also each word's beginnings of four letters or more,
     * so a parcel line cut short ("wrap front trous") still finds "trousers".
     */
    private static final class Words extends Analyzer {

        private final boolean beginnings;

        Words(boolean beginnings) {
            this.beginnings = beginnings;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new StopFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source)),
                    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            if (beginnings) {
                stream = new EdgeNGramTokenFilter(stream, MIN_PREFIX, 40, false);
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
