package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Removal;

/**
 * Finds reuse between articles. Candidates come from MinHash/LSH over word 5-gram shingles, so only
 * articles sharing passages are compared ({@link CopyCandidates}, which a distributed run runs by band). A copy contains most of the other's shingles ("wire" between
 * outlets, "duplicate" when both hold nearly all of each other's). A rewrite shares few shingles but
 * most of its sentences have a close paraphrase in the other (sentence embeddings). An article that
 * credits another outlet ("according to X", "X contributed reporting") "quotes" that outlet's closest
 * article. Two articles in different languages are a "translation" when most names and numbers of each come again
 * in the other in the same order ({@link NeutralWords}). The original ({@code of}) is the earlier one, else the one
 * whose outlet the copy credits, else the longer one.
 */
final class CopyFinder {

    private static final double PARAPHRASE_COSINE = 0.75;
    private static final double REWRITE_SHARE = 0.4;
    private static final double CANDIDATE_WORDS = 0.25;
    /** Share of paraphrased sentences that makes an article crediting an outlet a rewrite of its report. */
    private static final double CREDITED_REWRITE_SHARE = 0.2;
    private static final double CREDITED_PARAPHRASE_COSINE = 0.65;
    private static final double CREDITED_SHARED_WORDS = 0.6;
    /** Overlap of names and numbers at which a pair in two languages is compared as a possible translation. */
    private static final double TRANSLATION_CANDIDATE = 0.3;
    /** Share of each article's names and numbers the other holds in the same order that makes a translation. */
    private static final double TRANSLATION_SHARE = 0.6;
    /** A capitalised word of a name; a full stop only inside it (A.F.P), never the one that ends a sentence. */
    private static final String NAME_WORD = "\\p{Lu}(?:[\\p{L}&'’-]|\\.(?=\\p{L}))*";
    private static final Pattern CREDIT = Pattern.compile("(?:according to|told|reported by|cited by|quoted by|"
            + "via|\\()\\s*(?:the\\s+)?(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})");
    /** The order copy relations are kept in: by article, then by the article copied, in corpus order of ids. */
    static final Comparator<Copy> ORDER = (x, y) -> x.article().equals(y.article()) ? compareIds(x.of(), y.of())
            : compareIds(x.article(), y.article());

    private CopyFinder() {
    }

    /**
     * Finds the copy relations of a corpus.
     *
     * @param corpus   the corpus
     * @param profiles the articles' profiles, in article order
     * @return the relations, sorted by article
     */
    static List<Copy> find(Corpus corpus, List<ArticleProfile> profiles) {
        return find(corpus, profiles, CopyCandidates.find(corpus.articles().stream().map(CopyCandidates::card)
                .toList()), DocumentFrequencies.count(profiles.stream().map(p -> p.terms().keySet()).toList()));
    }

    /**
     * Finds the copy relations of a corpus whose wire copies and duplicates were found already (by
     * {@link CopyCandidates}, on one machine or by MinHash band in a distributed run).
     *
     * @param corpus        the corpus
     * @param profiles      the articles' profiles, in article order
     * @param shingleCopies the wire copies and duplicates, in any order
     * @param df            the document frequencies of the profiles' terms
     * @return the relations, sorted by article
     */
    static List<Copy> find(Corpus corpus, List<ArticleProfile> profiles, List<Copy> shingleCopies,
                           DocumentFrequencies df) {
        if (corpus.articles().size() < 2) {
            return List.of();
        }
        // the candidate pairs and their cosines serve rewrites and quotes alike: computed once
        Map<Integer, Map<Integer, Double>> sims =
                new TfIdf(profiles.stream().map(ArticleProfile::terms).toList(), df, TfIdf.CORPUS_COMMON).pairs();
        Set<List<String>> shingled = new HashSet<>();
        shingleCopies.forEach(c -> shingled.add(List.of(c.article(), c.of())));
        Map<String, ShingleCard> sides = new HashMap<>();
        corpus.articles().forEach(a -> sides.put(a.id(), side(a)));
        List<Copy> pairCopies = new ArrayList<>(shingleCopies);
        sims.forEach((i, row) -> row.forEach((j, cos) -> {
            ArticleProfile a = profiles.get(i);
            ArticleProfile b = profiles.get(j);
            Copy c = rewrite(a, sides.get(a.id()), b, sides.get(b.id()), cos,
                    shingled.contains(List.of(a.id(), b.id())) || shingled.contains(List.of(b.id(), a.id())));
            if (c != null) {
                pairCopies.add(c);
            }
        }));
        return withQuotes(corpus, profiles, pairCopies, sims);
    }

    /** The pair relations and the quotes, sorted. */
    private static List<Copy> withQuotes(Corpus corpus, List<ArticleProfile> profiles, List<Copy> pairCopies,
                                         Map<Integer, Map<Integer, Double>> sims) {
        List<Copy> copies = new ArrayList<>();
        Set<List<String>> related = new HashSet<>();
        for (Copy c : pairCopies) {
            add(copies, related, c);
        }
        copies.addAll(quotes(corpus.articles(), profiles, sims, related));
        copies.sort(ORDER);
        return copies;
    }

    /**
     * Tells whether a candidate pair may be a rewrite at all, before its sentences are compared: its words are
     * close enough, its articles are of two outlets and not a wire copy or duplicate of one another.
     *
     * @param a              one article
     * @param b              the other
     * @param wordCosine     the TF-IDF cosine of the pair
     * @param shingleRelated whether the two are a wire copy or duplicate of one another
     * @return whether {@link #rewrite} compares their sentences
     */
    static boolean rewriteCandidate(ArticleProfile a, ArticleProfile b, double wordCosine, boolean shingleRelated) {
        if (ArticleGraph.translatable(a, b)) {
            // words of two languages say little; the names and numbers they share tell a possible translation
            return !shingleRelated && !a.outlet().equals(b.outlet())
                    && NeutralWords.overlap(a.neutral(), b.neutral()) >= TRANSLATION_CANDIDATE;
        }
        return wordCosine >= CANDIDATE_WORDS && !shingleRelated && !a.outlet().equals(b.outlet());
    }

    /**
     * Judges one candidate pair of articles as a rewrite: their words are close enough, they are of two outlets
     * and not wire copies or duplicates of one another, and most sentences of one have a paraphrase in the other.
     *
     * @param a              the earlier article of the pair (in corpus order)
     * @param sideA          what the direction needs of it ({@link #side})
     * @param b              the later article
     * @param sideB          what the direction needs of it
     * @param wordCosine     the TF-IDF cosine of the pair
     * @param shingleRelated whether the two are a wire copy or duplicate of one another
     * @return the rewrite, or null
     */
    static Copy rewrite(ArticleProfile a, ShingleCard sideA, ArticleProfile b, ShingleCard sideB, double wordCosine,
                        boolean shingleRelated) {
        if (!rewriteCandidate(a, b, wordCosine, shingleRelated)) {
            return null;
        }
        if (ArticleGraph.translatable(a, b)) {
            return translation(a, sideA, b, sideB);
        }
        double aInB = paraphraseShare(a, b, PARAPHRASE_COSINE);
        double bInA = paraphraseShare(b, a, PARAPHRASE_COSINE);
        if (Math.max(aInB, bInA) < REWRITE_SHARE) {
            return null;
        }
        String[] order = direction(sideA, sideB, aInB, bInA);
        return new Copy(order[0], order[1], "rewrite", round(Math.max(aInB, bInA)));
    }

    /**
     * Judges a pair in two languages as a translation: most names and numbers of one come again in the other in the
     * same order (a translation keeps them; an independent report of the same happening names many of them too, but
     * tells them in its own order and with its own figures).
     */
    private static Copy translation(ArticleProfile a, ShingleCard sideA, ArticleProfile b, ShingleCard sideB) {
        boolean creditsTheOther = sideA.credited().contains(sideB.outlet()) || sideB.credited().contains(sideA.outlet());
        if (!creditsTheOther && sideA.credited().stream().anyMatch(sideB.credited()::contains)) {
            // two articles that credit one outlet and not each other (a wire copy and a translation of one agency
            // story) are both copies of its report, not one of the other
            return null;
        }
        double[] shares = NeutralWords.inOrder(a.neutral(), b.neutral());
        if (Math.min(shares[0], shares[1]) < TRANSLATION_SHARE) {
            return null;
        }
        // undecided by dates and credits, the one that names the other's outlet ("según informó la agencia MPA")
        // is the translation
        boolean aNamesB = namesOutlet(a, sideB.outlet());
        boolean bNamesA = namesOutlet(b, sideA.outlet());
        String[] order = direction(sideA, sideB, aNamesB && !bNamesA ? 1 : bNamesA && !aNamesB ? 0 : shares[0],
                aNamesB && !bNamesA ? 0 : bNamesA && !aNamesB ? 1 : shares[1]);
        return new Copy(order[0], order[1], "translation", round(Math.min(shares[0], shares[1])));
    }

    /** True when every content word of an outlet's name is among an article's words. */
    private static boolean namesOutlet(ArticleProfile p, String outlet) {
        List<String> words = Words.content(outlet);
        return !words.isEmpty() && words.stream().allMatch(p.terms()::containsKey);
    }

    private static void add(List<Copy> copies, Set<List<String>> related, Copy c) {
        if (c != null) {
            copies.add(c);
            related.add(List.of(c.article(), c.of()));
            related.add(List.of(c.of(), c.article()));
        }
    }

    private static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** Share of a's sentences that have a paraphrase among b's: one with at least the given cosine. */
    private static double paraphraseShare(ArticleProfile a, ArticleProfile b, double minCosine) {
        return restatedShare(a, b, minCosine, 0);
    }

    /**
     * Share of a's sentences restated among b's: one close in meaning (cosine) that also shares at least the
     * given share of the shorter sentence's content words. Sentence embeddings alone rate two sentences on
     * one topic as close ("Police detained 14 journalists" ~ "Press groups condemned the detention"); a
     * retelling keeps much of the wording too.
     */
    private static double restatedShare(ArticleProfile a, ArticleProfile b, double minCosine, double minWords) {
        if (a.embeddings().isEmpty() || b.embeddings().isEmpty()) {
            return 0;
        }
        // read once: a profile's vectors past its lead may be read from a file (VectorFile)
        List<float[]> vectorsA = List.copyOf(a.embeddings());
        List<float[]> vectorsB = List.copyOf(b.embeddings());
        List<Set<String>> wordsA = minWords == 0 ? List.of() : contentWords(a);
        List<Set<String>> wordsB = minWords == 0 ? List.of() : contentWords(b);
        int close = 0;
        for (int x = 0; x < vectorsA.size(); x++) {
            for (int y = 0; y < vectorsB.size(); y++) {
                if (MiniLmEmbedder.cosine(vectorsA.get(x), vectorsB.get(y)) >= minCosine
                        && (minWords == 0 || sharedWords(wordsA.get(x), wordsB.get(y)) >= minWords)) {
                    close++;
                    break;
                }
            }
        }
        return close / (double) vectorsA.size();
    }

    /** The content words of each embedded sentence of an article, in sentence order. */
    private static List<Set<String>> contentWords(ArticleProfile p) {
        return p.sentences().subList(0, p.embeddings().size()).stream()
                .map(s -> (Set<String>) new HashSet<>(Words.content(s))).toList();
    }

    /** Content words two sentences share, as a share of the shorter one's. */
    static double sharedWords(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    /**
     * The quotes of every crediting article, by {@link Quotes}: the candidate pairs' credits, the closest
     * article of each credited outlet, skipped when a copy relates the two already.
     */
    private static List<Copy> quotes(List<Article> articles, List<ArticleProfile> profiles,
                                     Map<Integer, Map<Integer, Double>> sims, Set<List<String>> related) {
        List<Set<String>> credits = articles.stream().map(CopyFinder::credited).toList();
        Map<Integer, List<Quotes.Candidate>> byCrediting = new TreeMap<>();
        sims.forEach((i, row) -> row.forEach((j, cos) -> {
            for (Quotes.Candidate c : Quotes.candidates(profiles.get(i), credits.get(i), i, profiles.get(j),
                    credits.get(j), j, cos)) {
                byCrediting.computeIfAbsent(c.article().equals(profiles.get(i).id()) ? i : j,
                        k -> new ArrayList<>()).add(c);
            }
        }));
        Map<String, ArticleProfile> byId = new HashMap<>();
        profiles.forEach(p -> byId.put(p.id(), p));
        List<Copy> out = new ArrayList<>();
        byCrediting.forEach((i, candidates) -> {
            for (Quotes.Candidate c : Quotes.chosen(candidates)) {
                if (!related.contains(List.of(c.article(), c.of()))) {
                    out.add(Quotes.quote(profiles.get(i), byId.get(c.of()), c.cosine()));
                }
            }
        });
        return out;
    }

    /**
     * An article that credits an outlet and restates some of its sentences is a rewrite of its report
     * (the usual way an agency story is retold); one that only credits it quotes it. The credit already
     * says where the content comes from, so a looser restatement counts than between uncredited articles,
     * as long as it keeps much of the wording.
     */
    static Copy creditedCopy(ArticleProfile a, ArticleProfile credited, double wordSimilarity) {
        double share = restatedShare(a, credited, CREDITED_PARAPHRASE_COSINE, CREDITED_SHARED_WORDS);
        return share >= CREDITED_REWRITE_SHARE ? new Copy(a.id(), credited.id(), "rewrite", round(share))
                : new Copy(a.id(), credited.id(), "quotes", round(wordSimilarity));
    }

    /** Outlets an article credits, lower case: in its text, its credit lines and its dateline. */
    static Set<String> credited(Article a) {
        Set<String> out = new HashSet<>();
        StringBuilder where = new StringBuilder(a.text());
        a.credits().forEach(c -> where.append('\n').append("(").append(c.replaceAll("\\s+contributed.*$", "")));
        for (Removal r : a.removed()) {
            if (r.reason().startsWith("dateline")) {
                where.append('\n').append(r.text());
            }
        }
        Matcher m = CREDIT.matcher(where);
        while (m.find()) {
            String name = m.group(1).replaceAll("['’-]+$", "").toLowerCase(Locale.ROOT);
            out.add(name);
            out.add("the " + name);
        }
        if (a.outlet() != null) {
            out.remove(a.outlet().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** What {@link #direction} needs of an article: a card without shingles. */
    static ShingleCard side(Article a) {
        return new ShingleCard(a.id(), a.outlet() == null ? "" : a.outlet().toLowerCase(Locale.ROOT), a.published(),
                credited(a), Set.of());
    }

    /** [copy, original]: the earlier one is the original; else the credited outlet's; else the fuller one. */
    static String[] direction(ShingleCard a, ShingleCard b, double aInB, double bInA) {
        int byDate = compareDates(a.published(), b.published());
        if (byDate != 0) {
            return byDate < 0 ? new String[] {b.id(), a.id()} : new String[] {a.id(), b.id()};
        }
        if (!b.outlet().isEmpty() && a.credited().contains(b.outlet())) {
            return new String[] {a.id(), b.id()};
        }
        if (!a.outlet().isEmpty() && b.credited().contains(a.outlet())) {
            return new String[] {b.id(), a.id()};
        }
        return aInB >= bInA ? new String[] {a.id(), b.id()} : new String[] {b.id(), a.id()};
    }

    private static int compareDates(String a, String b) {
        if (a == null || b == null || a.length() < 10 || b.length() < 10) {
            return 0;
        }
        return a.substring(0, 10).compareTo(b.substring(0, 10));
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
