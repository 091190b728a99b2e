package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors (log term frequency, smoothed inverse document frequency, unit length) and their
 * cosine similarities for all pairs that share a term, found through an inverted index. Terms in more
 * than a given share of the documents are left out of the index: they link everything and tell nothing.
 */
final class TfIdf {

    /** Share of documents above which a term is too common to link documents, for a whole corpus. */
    static final double CORPUS_COMMON = 0.2;
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
            for (String t : v.keySet()) {
                if (df.get(t) <= Math.max(2, common * n)) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /**
     * Cosine similarities of all document pairs that share an indexed term.
     *
     * @return sims.get(i).get(j) for i &lt; j
     */
    Map<Integer, Map<Integer, Double>> pairs() {
        Map<Integer, Map<Integer, Double>> sims = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            Map<Integer, Double> row = new HashMap<>();
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                List<Integer> docs = postings.get(e.getKey());
                if (docs == null) {
                    continue;
                }
                for (int j : docs) {
                    if (j > i) {
                        row.merge(j, e.getValue() * vectors.get(j).get(e.getKey()), Double::sum);
                    }
                }
            }
            if (!row.isEmpty()) {
                sims.put(i, row);
            }
        }
        return sims;
    }
}
