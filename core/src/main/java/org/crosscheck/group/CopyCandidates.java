package org.crosscheck.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;

/**
 * Wire copies and duplicates: articles whose shingle signatures share a MinHash band ({@link MinHash}) are
 * candidates, and a candidate pair is a copy when one holds most of the other's shingles. A pair needs only the
 * two articles' cards ({@link ShingleCard}), so the bands can be shuffle keys in a distributed run; {@link #find}
 * runs every band in one loop.
 */
public final class CopyCandidates {

    private static final double COPY_CONTAINMENT = 0.5;
    private static final double DUPLICATE_CONTAINMENT = 0.9;

    private CopyCandidates() {
    }

    /**
     * Makes an article's card.
     *
     * @param a the article as grouping sees it
     * @return its card
     */
    public static ShingleCard card(Article a) {
        return new ShingleCard(a.id(), a.outlet() == null ? "" : a.outlet().toLowerCase(Locale.ROOT), a.published(),
                CopyFinder.credited(a), Profiles.shingles(Words.all(a.text())));
    }

    /**
     * Returns the MinHash band keys of a card: two cards that share one are a candidate pair.
     *
     * @param card a card
     * @return its band keys, none for an article without shingles
     */
    public static long[] bandKeys(ShingleCard card) {
        return card.shingles().isEmpty() ? new long[0] : MinHash.bandKeys(MinHash.signature(card.shingles()));
    }

    /**
     * Judges a candidate pair.
     *
     * @param earlier the article met first in corpus order (it wins ties of direction)
     * @param later   the other
     * @return the copy relation, or null when neither holds enough of the other's shingles
     */
    public static Copy copy(ShingleCard earlier, ShingleCard later) {
        double aInB = containment(earlier.shingles(), later.shingles());
        double bInA = containment(later.shingles(), earlier.shingles());
        if (Math.max(aInB, bInA) < COPY_CONTAINMENT) {
            return null;
        }
        boolean duplicate = Math.min(aInB, bInA) >= DUPLICATE_CONTAINMENT && earlier.outlet().equals(later.outlet());
        String[] order = CopyFinder.direction(earlier, later, aInB, bInA);
        return new Copy(order[0], order[1], duplicate ? "duplicate" : "wire", CopyFinder.round(Math.max(aInB, bInA)));
    }

    /**
     * Finds the wire copies and duplicates of a corpus on one machine.
     *
     * @param cards the articles' cards, in corpus order
     * @return the copies, each candidate pair judged once
     */
    public static List<Copy> find(List<ShingleCard> cards) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            for (long key : bandKeys(cards.get(i))) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Copy> copies = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = Math.min(bucket.get(x), bucket.get(y));
                    int j = Math.max(bucket.get(x), bucket.get(y));
                    if (i != j && seen.add((long) i * cards.size() + j)) {
                        Copy c = copy(cards.get(i), cards.get(j));
                        if (c != null) {
                            copies.add(c);
                        }
                    }
                }
            }
        }
        return copies;
    }

    private static double containment(Set<Long> a, Set<Long> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (long x : a) {
            if (b.contains(x)) {
                shared++;
            }
        }
        return shared / (double) a.size();
    }
}
