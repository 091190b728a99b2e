package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.crosscheck.group.CopyCandidates;
import org.crosscheck.group.ShingleCard;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import scala.Tuple2;

/**
 * Wire copies and duplicates, distributed by MinHash band: each article's card ({@link ShingleCard}: shingles,
 * date, outlet, credits; no text) is shuffled to each of its band keys, and each band judges its pairs with
 * core's {@link CopyCandidates#copy}, the earlier article first as core does. A pair that shares several bands is
 * judged in each, to the same copy, so a distinct keeps one. A task holds one band's cards; grouping then finds
 * the rewrites and quotes ({@code GroupStage.withShingleCopies}).
 */
public final class CopyStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int parts;

    /**
     * Makes the step.
     *
     * @param parts how many partitions the bands are shuffled into
     */
    public CopyStep(int parts) {
        this.parts = parts;
    }

    /**
     * Finds the copies.
     *
     * @param articles the articles as grouping will see them; ids {@code a} and their number in corpus order
     * @return the wire copies and duplicates, as core's {@link CopyCandidates#find} gives them
     */
    public JavaRDD<Copy> copies(JavaRDD<Article> articles) {
        return articles.map(CopyCandidates::card).flatMapToPair(c -> {
            List<Tuple2<Long, ShingleCard>> out = new ArrayList<>();
            for (long key : CopyCandidates.bandKeys(c)) {
                out.add(new Tuple2<>(key, c));
            }
            return out.iterator();
        }).groupByKey(parts).flatMap(band -> judged(band._2())).distinct(parts);
    }

    private static Iterator<Copy> judged(Iterable<ShingleCard> band) {
        List<ShingleCard> cards = new ArrayList<>();
        band.forEach(cards::add);
        cards.sort(Comparator.comparingLong(c -> EntityIds.number(c.id())));
        List<Copy> out = new ArrayList<>();
        for (int x = 0; x < cards.size(); x++) {
            for (int y = x + 1; y < cards.size(); y++) {
                // the same article twice in a band (two bands with one key) is no pair, as in core
                if (!cards.get(x).id().equals(cards.get(y).id())) {
                    Copy c = CopyCandidates.copy(cards.get(x), cards.get(y));
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
        }
        return out.iterator();
    }
}
