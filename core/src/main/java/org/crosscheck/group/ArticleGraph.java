package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The similarity graph of a corpus's articles: for every pair that shares a distinctive word, a score
 * that combines TF-IDF cosine, the cosine of the sentence-embedding centroids and the overlap of named
 * entities; pairs related as copies are as close as can be.
 */
final class ArticleGraph {

    /** Lede sentence cosines below this are noise for news text. */
    private static final double LEDE_FLOOR = 0.4;
    /** How many leading sentence vectors a score reads. */
    static final int LEDE_SENTENCES = 3;

    final List<ArticleProfile> profiles;
    final Map<Integer, Map<Integer, Double>> edges = new HashMap<>();

    ArticleGraph(List<ArticleProfile> profiles, Set<List<String>> copyPairs, double commonTerms, GroupSettings settings) {
        this(profiles, copyPairs, DocumentFrequencies.count(profiles.stream().map(p -> p.terms().keySet()).toList()),
                commonTerms, settings);
    }

    /** The graph of articles whose document frequencies were counted elsewhere (the whole corpus's, by term). */
    ArticleGraph(List<ArticleProfile> profiles, Set<List<String>> copyPairs, DocumentFrequencies df,
                 double commonTerms, GroupSettings settings) {
        this.profiles = profiles;
        TfIdf tfidf = new TfIdf(profiles.stream().map(ArticleProfile::terms).toList(), df, commonTerms);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            index.put(profiles.get(i).id(), i);
        }
        tfidf.pairs().forEach((i, row) -> row.forEach((j, cos) -> link(i, j,
                score(profiles.get(i), profiles.get(j), cos, settings))));
        for (List<String> pair : copyPairs) {
            Integer i = index.get(pair.get(0));
            Integer j = index.get(pair.get(1));
            if (i != null && j != null) {
                link(i, j, 1.0);
            }
        }
    }

    /**
     * The graph of articles whose links were scored elsewhere (a block of the corpus's graph, scored pair by pair).
     *
     * @param profiles the articles, in corpus order
     * @param edges    the scores of their linked pairs by position in {@code profiles}: edges.get(i).get(j),
     *                 symmetric
     */
    ArticleGraph(List<ArticleProfile> profiles, Map<Integer, Map<Integer, Double>> edges) {
        this.profiles = profiles;
        edges.forEach((i, row) -> row.forEach((j, s) -> link(i, j, s)));
    }

    /**
     * The score of a candidate pair: words, leads and names combined, lowered for other people or years. Two articles
     * in different languages have leads an English sentence model cannot compare and entities no resolver joined:
     * their shared names and numbers ({@link NeutralWords}) stand for both.
     */
    static double score(ArticleProfile a, ArticleProfile b, double wordCosine, GroupSettings settings) {
        double s;
        if (crossLingual(a, b)) {
            s = settings.words() * wordCosine
                    + (settings.lede() + settings.names()) * NeutralWords.overlap(a.neutral(), b.neutral());
        } else {
            double lede = Math.max(0, (lede(a, b) - LEDE_FLOOR) / (1 - LEDE_FLOOR));
            s = settings.words() * wordCosine + settings.lede() * lede
                    + settings.names() * jaccard(a.entities(), b.entities());
        }
        if (!a.people().isEmpty() && !b.people().isEmpty() && jaccard(a.people(), b.people()) == 0) {
            s *= settings.otherPeople();
        }
        if (!a.years().isEmpty() && !b.years().isEmpty() && jaccard(a.years(), b.years()) == 0) {
            s *= settings.otherYears();
        }
        return s;
    }

    /**
     * Tells whether a pair is compared by its names and numbers: in different languages, both with enough of them (a
     * bare link or a caption is compared as before, by words and leads).
     *
     * @param a one article's profile
     * @param b the other's
     * @return true when the pair's languages differ and each has at least {@value NeutralWords#ENOUGH} keys
     */
    static boolean crossLingual(ArticleProfile a, ArticleProfile b) {
        return otherLanguages(a, b) && NeutralWords.enough(a.neutral()) && NeutralWords.enough(b.neutral());
    }

    /**
     * Tells whether a pair may be told a translation by its names and numbers: compared by them ({@link
     * #crossLingual}), each with at least {@value NeutralWords#TRANSLATION_KEYS} keys.
     *
     * @param a one article's profile
     * @param b the other's
     * @return true when their names and numbers can tell a translation
     */
    static boolean translatable(ArticleProfile a, ArticleProfile b) {
        return crossLingual(a, b) && NeutralWords.enoughToTranslate(a.neutral())
                && NeutralWords.enoughToTranslate(b.neutral());
    }

    /**
     * Tells whether two articles are in different languages, both known.
     *
     * @param a one article's profile
     * @param b the other's
     * @return true when their languages are known and differ
     */
    static boolean otherLanguages(ArticleProfile a, ArticleProfile b) {
        return a.language() != null && b.language() != null && !a.language().equals(b.language());
    }

    /** How closely the two leads (headline and first sentences) say the same: mean best sentence cosine. */
    static double lede(ArticleProfile a, ArticleProfile b) {
        int na = Math.min(LEDE_SENTENCES, a.embeddings().size());
        int nb = Math.min(LEDE_SENTENCES, b.embeddings().size());
        if (na == 0 || nb == 0) {
            return 0;
        }
        double sum = 0;
        for (int x = 0; x < na; x++) {
            double best = 0;
            for (int y = 0; y < nb; y++) {
                best = Math.max(best, MiniLmEmbedder.cosine(a.embeddings().get(x), b.embeddings().get(y)));
            }
            sum += best;
        }
        return sum / na;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }

    private void link(int i, int j, double s) {
        edges.computeIfAbsent(i, k -> new HashMap<>()).merge(j, s, Math::max);
        edges.computeIfAbsent(j, k -> new HashMap<>()).merge(i, s, Math::max);
    }

    /** Every article alone, as the starting clusters. */
    List<List<Integer>> singletons() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            out.add(List.of(i));
        }
        return out;
    }
}
