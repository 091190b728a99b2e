package org.crosscheck.group;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * A document's TF-IDF vector: its terms in sorted order with their unit-length weights. Every sum over it (the
 * length, a cosine) runs in the order of the terms, so a vector made on one machine and one made on another
 * from the same counts give the same cosines to the last bit, whatever order their maps were read in.
 */
final class TermVector implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String[] terms;
    private final double[] weights;

    private TermVector(String[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * Weighs a document's terms: log term frequency times smoothed inverse document frequency, to unit length.
     *
     * @param counts the document's term counts
     * @param df     the document frequencies of its corpus (holding its terms)
     * @return the vector
     */
    static TermVector of(Map<String, Integer> counts, DocumentFrequencies df) {
        String[] terms = counts.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        double[] weights = new double[terms.length];
        int n = df.documents();
        double norm = 0;
        for (int k = 0; k < terms.length; k++) {
            weights[k] = (1 + Math.log(counts.get(terms[k]))) * Math.log((1.0 + n) / (1 + df.count(terms[k])) + 1);
            norm += weights[k] * weights[k];
        }
        double len = Math.sqrt(norm);
        for (int k = 0; k < weights.length; k++) {
            weights[k] /= len;
        }
        return new TermVector(terms, weights);
    }

    /** The number of terms. */
    int size() {
        return terms.length;
    }

    /** The k-th term in sorted order. */
    String term(int k) {
        return terms[k];
    }

    /** The k-th term's weight. */
    double weight(int k) {
        return weights[k];
    }

    /** The cosine of two vectors: the sum, in term order, of the products of the weights of shared terms. */
    static double cosine(TermVector a, TermVector b) {
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.terms.length && y < b.terms.length) {
            int c = a.terms[x].compareTo(b.terms[y]);
            if (c == 0) {
                sum += a.weights[x++] * b.weights[y++];
            } else if (c < 0) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }
}
