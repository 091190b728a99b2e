package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors (log term frequency, smoothed inverse document frequency, unit length) and their
 * cosine similarities for the pairs that share a distinctive term, found through an inverted index. This
 * is the blocking that keeps grouping from comparing all pairs: only a document's
 * {@link #INDEXED_TERMS} heaviest terms are indexed, and terms in more than a given share of the
 * documents not at all (they link everything and tell nothing), so a posting list holds the documents
 * for which its term is characteristic and the candidate pairs grow with the size of topics, not with
 * the square of the corpus.
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
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    TfIdf(List<Map<String, Integer>> documents) {
        this(documents, CORPUS_COMMON);
    }

    TfIdf(List<Map<String, Integer>> documents, double common) {
        Map<String, Integer> df = new HashMap<>();
        documents.forEach(d -> d.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
        int n = documents.size();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : documents.get(i).entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((1.0 + n) / (1 + df.get(e.getKey())) + 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((t, w) -> w / len);
            vectors.add(v);
            int doc = i;
            v.entrySet().stream()
                    .filter(e -> df.get(e.getKey()) <= Math.max(FEW_DOCUMENTS, Math.min(MANY_DOCUMENTS, common * n)) && df.get(e.getKey()) > 1)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(INDEXED_TERMS)
                    .forEach(e -> postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(doc));
        }
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
            for (String term : vectors.get(i).keySet()) {
                for (int j : postings.getOrDefault(term, List.of())) {
                    if (j != i) {
                        int a = Math.min(i, j);
                        int b = Math.max(i, j);
                        sims.computeIfAbsent(a, k -> new HashMap<>())
                                .computeIfAbsent(b, k -> cosine(vectors.get(a), vectors.get(b)));
                    }
                }
            }
        }
        return sims;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}
