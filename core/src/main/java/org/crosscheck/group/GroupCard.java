package org.crosscheck.group;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What pairing an article for events and rewrites needs of it, made once per article
 * ({@link EventCandidates#card}): its profile without shingles and with its first sentence only (which titles
 * are made from), what telling a copy's direction needs ({@link ShingleCard} without shingles), its TF-IDF
 * vector over the whole corpus, the terms it is indexed under and the terms it can be paired through. It holds
 * no text but its first sentence; a distributed run shuffles it by term and joins it to its pairs.
 */
public final class GroupCard implements Serializable {

    private static final long serialVersionUID = 1L;
    private final ArticleProfile profile;
    private final ShingleCard side;
    private final TermVector vector;
    private final Set<String> indexed;
    private final List<String> linkTerms;

    GroupCard(ArticleProfile profile, ShingleCard side, TermVector vector, Set<String> indexed,
              List<String> linkTerms) {
        this.profile = profile;
        this.side = side;
        this.vector = vector;
        this.indexed = indexed;
        this.linkTerms = linkTerms;
    }

    /**
     * Returns the article's id.
     *
     * @return the id
     */
    public String id() {
        return profile.id();
    }

    /**
     * Returns the terms through which the article can be paired: a pair is a candidate when both articles hold
     * one of these under which either is indexed ({@link EventCandidates#linked}).
     *
     * @return the terms, sorted
     */
    public List<String> linkTerms() {
        return linkTerms;
    }

    /**
     * Returns the profile events are clustered by: no shingles, the first sentence only, every embedding.
     *
     * @return the profile
     */
    public ArticleProfile profile() {
        return profile;
    }

    /**
     * Returns the card as scoring a pair and clustering a block read it: the profile's first
     * three sentence vectors only (a pair's leads), not the twenty a rewrite compares. Judging a rewrite
     * needs the full card ({@link EventCandidates#rewriteCandidate} tells when).
     *
     * @return the lighter card
     */
    public GroupCard forScoring() {
        List<float[]> ledes = new java.util.ArrayList<>(profile.embeddings().subList(0,
                Math.min(ArticleGraph.LEDE_SENTENCES, profile.embeddings().size())));
        ArticleProfile p = new ArticleProfile(profile.id(), profile.outlet(), profile.terms(),
                profile.entities(), profile.people(), profile.years(), profile.day(), profile.sentences(), ledes,
                profile.centroid(), profile.language(), profile.neutral());
        return new GroupCard(p, side, vector, indexed, linkTerms);
    }

    ShingleCard side() {
        return side;
    }

    TermVector vector() {
        return vector;
    }

    /**
     * Tells whether the article is indexed under a term (one of its heaviest linking terms).
     *
     * @param term a term
     * @return whether it is
     */
    public boolean indexedUnder(String term) {
        return indexed.contains(term);
    }
}
