package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * TF-IDF vectors (log term frequency, smoothed inverse document frequency, unit length) and their
 * cosine similarities for the pairs that share a distinctive term, found through an inverted index. This
 * is the blocking that keeps grouping from comparing all pairs: only a document's
 * {@link #INDEXED_TERMS} heaviest terms are indexed, and terms in more than a given share of the
 * documents not at all (they link everything and tell nothing), so a posting list holds the documents
 * for which its term is characteristic and the candidate pairs grow with the size of topics, not with
 * the square of the corpus. A distributed run makes the same pairs term by term: a pair is a candidate when
 * the two documents share a term ({@link #linkTerms}) under which one of them is indexed ({@link #indexed}).
 */
final class TfIdf {

    /** Share of documents above which a term is too common to link documents, for a whole corpus. */
    static final double CORPUS_COMMON = 0.2;
    /**
     * No term in at most this many documents is too common: in a small corpus the words of one event are
     * in most of its articles, and leaving them out would leave its articles unlinked.
     */
    static final int FEW_DOCUMENTS = 20;
    /**
     * No term in more than this many documents links them, however large the corpus: a posting list
     * never grows past it, which bounds the candidate pairs by documents × indexed terms × this.
     */
    static final int MANY_DOCUMENTS = 100;
    /** How many of its heaviest terms a document is indexed under. */
    static final int INDEXED_TERMS = 20;
    private final List<TermVector> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    TfIdf(List<Map<String, Integer>> documents) {
        this(documents, CORPUS_COMMON);
    }

    TfIdf(List<Map<String, Integer>> documents, double common) {
        this(documents, DocumentFrequencies.count(documents.stream().map(Map::keySet).toList()), common);
    }

    /**
     * Weighs documents by document frequencies counted elsewhere (a distributed count over the same corpus).
     *
     * @param documents each document's term counts
     * @param df        the document frequencies of exactly these documents
     * @param common    share of documents above which a term links none
     * @throws IllegalArgumentException when the table counts another number of documents
     */
    TfIdf(List<Map<String, Integer>> documents, DocumentFrequencies df, double common) {
        int n = documents.size();
        if (df.documents() != n) {
            throw new IllegalArgumentException("document frequencies of " + df.documents() + " documents for "
                    + n + " documents");
        }
        for (int i = 0; i < n; i++) {
            TermVector v = TermVector.of(documents.get(i), df);
            vectors.add(v);
            for (String term : indexed(v, df, common)) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Whether a term is rare enough to link documents: in more than one, and not too common. */
    private static boolean links(String term, DocumentFrequencies df, double common) {
        int count = df.count(term);
        return count > 1 && count <= Math.max(FEW_DOCUMENTS, Math.min(MANY_DOCUMENTS, common * df.documents()));
    }

    /**
     * The terms a document is indexed under: its {@link #INDEXED_TERMS} heaviest linking terms (ties by term).
     *
     * @param v      the document's vector
     * @param df     the corpus's document frequencies
     * @param common share of documents above which a term links none
     * @return the terms, heaviest first
     */
    static Set<String> indexed(TermVector v, DocumentFrequencies df, double common) {
        Set<String> out = new LinkedHashSet<>();
        IntStream.range(0, v.size()).filter(k -> links(v.term(k), df, common)).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v::weight).reversed().thenComparing(v::term))
                .limit(INDEXED_TERMS)
                .forEach(k -> out.add(v.term(k)));
        return out;
    }

    /**
     * The terms of a document through which it can be paired: those rare enough to link documents, under which
     * it or another document may be indexed.
     *
     * @param v      the document's vector
     * @param df     the corpus's document frequencies
     * @param common share of documents above which a term links none
     * @return the terms, in sorted order
     */
    static List<String> linkTerms(TermVector v, DocumentFrequencies df, double common) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            if (links(v.term(k), df, common)) {
                out.add(v.term(k));
            }
        }
        return out;
    }

    /** The i-th document's vector. */
    TermVector vector(int i) {
        return vectors.get(i);
    }

    /**
     * Cosine similarities (over all terms) of the document pairs where one has a term the other is indexed
     * under: the index only finds the candidates, so common terms still count in the score.
     *
     * @return sims.get(i).get(j) for i &lt; j
     */
    Map<Integer, Map<Integer, Double>> pairs() {
        Map<Integer, Map<Integer, Double>> sims = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            TermVector v = vectors.get(i);
            for (int k = 0; k < v.size(); k++) {
                for (int j : postings.getOrDefault(v.term(k), List.of())) {
                    if (j != i) {
                        int a = Math.min(i, j);
                        int b = Math.max(i, j);
                        sims.computeIfAbsent(a, x -> new HashMap<>())
                                .computeIfAbsent(b, x -> TermVector.cosine(vectors.get(a), vectors.get(b)));
                    }
                }
            }
        }
        return sims;
    }
}
