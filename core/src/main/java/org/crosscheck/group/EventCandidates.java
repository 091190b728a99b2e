package org.crosscheck.group;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;

/**
 * The candidate pairs of the corpus's article graph and their scores, one pair at a time, as the graph's
 * blocking makes them: two articles are a candidate pair when they share a term under which one of them is
 * indexed (a rare term among its heaviest, {@link TfIdf}), and a pair is scored by words, leads and names
 * ({@link ArticleGraph}) and judged as a rewrite ({@link CopyFinder#rewrite}). On one machine {@link TfIdf#pairs}
 * finds the pairs through an inverted index; a distributed run shuffles each article's {@link GroupCard} by its
 * {@link GroupCard#linkTerms}, pairs the articles of each term by {@link #linked} and scores each pair on its own,
 * which gives the same pairs and the same scores.
 */
public final class EventCandidates {

    private EventCandidates() {
    }

    /**
     * Makes one article's profile, as grouping makes it for every article of a corpus.
     *
     * @param article  the article as grouping sees it
     * @param entities ids of the entities mentioned in it
     * @param people   ids of the people among them
     * @param embedder embeds its leading sentences ({@link GroupStage#embeddedSentences})
     * @return the profile
     */
    public static ArticleProfile profile(Article article, Set<String> entities, Set<String> people,
                                         Embedder embedder) {
        return Profiles.of(article, new HashSet<>(entities), new HashSet<>(people), embedder);
    }

    /**
     * Makes one article's card.
     *
     * @param profile the article's profile
     * @param article the article
     * @param df      the whole corpus's document frequencies
     * @return the card
     */
    public static GroupCard card(ArticleProfile profile, Article article, DocumentFrequencies df) {
        TermVector vector = TermVector.of(profile.terms(), df);
        List<String> first = profile.sentences().isEmpty() ? List.of() : List.of(profile.sentences().get(0));
        ArticleProfile slim = new ArticleProfile(profile.id(), profile.outlet(), profile.terms(),
                profile.entities(), profile.people(), profile.years(), profile.day(), first, profile.embeddings(),
                profile.centroid(), profile.language(), profile.neutral());
        return new GroupCard(slim, CopyFinder.side(article), vector,
                TfIdf.indexed(vector, df, TfIdf.CORPUS_COMMON), TfIdf.linkTerms(vector, df, TfIdf.CORPUS_COMMON));
    }

    /**
     * Tells whether two articles that both hold one link term are a candidate pair through it: when either is
     * indexed under it ({@link GroupCard#indexedUnder}).
     *
     * @param aIndexed whether one article is indexed under the term
     * @param bIndexed whether the other is
     * @return whether the two are a candidate pair
     */
    public static boolean linked(boolean aIndexed, boolean bIndexed) {
        return aIndexed || bIndexed;
    }

    /**
     * Scores a candidate pair in the corpus's article graph (before copies are linked).
     *
     * @param a        one article's card
     * @param b        the other's
     * @param settings the weights of grouping
     * @return the pair's score
     */
    public static double score(GroupCard a, GroupCard b, GroupSettings settings) {
        return ArticleGraph.score(a.profile(), b.profile(), TermVector.cosine(a.vector(), b.vector()), settings);
    }

    /**
     * Tells whether a candidate pair may be a rewrite: only then does {@link #rewrite} compare its sentences,
     * and only then does it need the full cards.
     *
     * @param a              one article's card (a card {@link GroupCard#forScoring} will do)
     * @param b              the other's
     * @param shingleRelated whether the two are a wire copy or duplicate of one another
     * @return whether the pair is a rewrite candidate
     */
    public static boolean rewriteCandidate(GroupCard a, GroupCard b, boolean shingleRelated) {
        return CopyFinder.rewriteCandidate(a.profile(), b.profile(), TermVector.cosine(a.vector(), b.vector()),
                shingleRelated);
    }

    /**
     * Judges a candidate pair as a rewrite.
     *
     * @param earlier        the full card of the pair's article that comes first in corpus order
     * @param later          the other's full card
     * @param shingleRelated whether the two are a wire copy or duplicate of one another ({@link CopyCandidates})
     * @return the rewrite, or null
     */
    public static Copy rewrite(GroupCard earlier, GroupCard later, boolean shingleRelated) {
        return CopyFinder.rewrite(earlier.profile(), earlier.side(), later.profile(), later.side(),
                TermVector.cosine(earlier.vector(), later.vector()), shingleRelated);
    }
}
