package org.crosscheck.group;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quotes, one crediting article at a time: an article that credits an outlet ("according to X") quotes that
 * outlet's closest article among its candidate pairs, or is a rewrite of it when it restates enough of it
 * ({@link CopyFinder}). Both paths take the same three steps: every candidate pair gives its
 * {@link #candidates} (a credit in either direction), each crediting article keeps its {@link #chosen} one per
 * outlet, and a chosen pair no copy relates already becomes a {@link #quote}. On one machine the pairs come
 * from the inverted index ({@code TfIdf.pairs}); a distributed run takes them from its scored pairs.
 */
public final class Quotes {

    /** The least cosine of a quoted article: below it the credit names another report of the outlet. */
    private static final double LEAST_COSINE = 0.15;

    private Quotes() {
    }

    /**
     * A candidate pair in which one article credits the other's outlet.
     *
     * @param article the crediting article's id
     * @param of      the other article's id
     * @param order   the other article's position in corpus order (ties go to the earlier article)
     * @param outlet  the credited outlet, lower case
     * @param cosine  the pair's TF-IDF cosine over the whole corpus
     */
    public record Candidate(String article, String of, long order, String outlet, double cosine)
            implements Serializable {
    }

    /**
     * The credits of one candidate pair, in either direction.
     *
     * @param a      one article's card ({@link GroupCard#forScoring} will do)
     * @param aOrder its position in corpus order
     * @param b      the other's card
     * @param bOrder its position
     * @return no, one or two candidates
     */
    public static List<Candidate> candidates(GroupCard a, long aOrder, GroupCard b, long bOrder) {
        return candidates(a.profile(), a.side().credited(), aOrder, b.profile(), b.side().credited(), bOrder,
                TermVector.cosine(a.vector(), b.vector()));
    }

    static List<Candidate> candidates(ArticleProfile a, Set<String> aCredits, long aOrder, ArticleProfile b,
                                      Set<String> bCredits, long bOrder, double cosine) {
        List<Candidate> out = new ArrayList<>(2);
        if (!b.outlet().isEmpty() && aCredits.contains(b.outlet())) {
            out.add(new Candidate(a.id(), b.id(), bOrder, b.outlet(), cosine));
        }
        if (!a.outlet().isEmpty() && bCredits.contains(a.outlet())) {
            out.add(new Candidate(b.id(), a.id(), aOrder, a.outlet(), cosine));
        }
        return out;
    }

    /**
     * Chooses, for one crediting article, the article it quotes of each outlet it credits: the candidate of the
     * highest cosine above {@value #LEAST_COSINE}, the earliest in corpus order on a tie.
     *
     * @param ofOneArticle the candidates of one crediting article, in any order
     * @return the chosen candidates, one per outlet at most, by outlet
     */
    public static List<Candidate> chosen(Iterable<Candidate> ofOneArticle) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : ofOneArticle) {
            if (c.cosine() > LEAST_COSINE) {
                best.merge(c.outlet(), c, (x, y) -> better(x, y) ? x : y);
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparing(Candidate::outlet));
        return out;
    }

    private static boolean better(Candidate x, Candidate y) {
        return x.cosine() != y.cosine() ? x.cosine() > y.cosine() : x.order() < y.order();
    }

    /**
     * Makes the copy relation of a chosen candidate that no other copy relates already.
     *
     * @param crediting the crediting article's full profile (every embedded sentence)
     * @param credited  the quoted article's full profile
     * @param cosine    the pair's cosine ({@link Candidate#cosine})
     * @return a rewrite when the crediting article restates enough of the other, else a quote
     */
    public static org.crosscheck.model.Copy quote(ArticleProfile crediting, ArticleProfile credited, double cosine) {
        return CopyFinder.creditedCopy(crediting, credited, cosine);
    }
}
