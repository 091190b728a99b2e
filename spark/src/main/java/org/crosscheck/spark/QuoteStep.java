package org.crosscheck.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.group.ArticleProfile;
import org.crosscheck.group.EventCandidates;
import org.crosscheck.group.Quotes;
import org.crosscheck.model.Copy;
import scala.Tuple2;

/**
 * The quotes, by core's {@link Quotes}: the scored pairs' credits ({@link PairStep}) are shuffled by crediting
 * article, where {@link Quotes#chosen} keeps the closest article of each credited outlet; a chosen pair that a
 * copy relates already is dropped (a {@code cogroup} by pair); the rest go to the crediting article's partition,
 * then to the quoted one's, where both full profiles are made from the extracted articles and
 * {@link Quotes#quote} tells a quote from a credited rewrite. The articles stay where they are: only the pairs
 * move, and there are as many as credits.
 */
public final class QuoteStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int parts;
    private final ArticlePartitioner byArticle;

    /**
     * Makes the step.
     *
     * @param parts     how many partitions the credits are shuffled into
     * @param byArticle how the extracted articles are partitioned
     */
    public QuoteStep(int parts, ArticlePartitioner byArticle) {
        this.parts = parts;
        this.byArticle = byArticle;
    }

    /**
     * Finds the quotes and the credited rewrites.
     *
     * @param scored     the scored candidate pairs, with their credits
     * @param pairCopies the wire copies, duplicates and rewrites found by pair
     * @param extracted  the extracted articles by id, with their sentence vectors
     * @return the quotes and credited rewrites, persisted; the caller unpersists them
     */
    public JavaRDD<Copy> quotes(JavaRDD<PairStep.Scored> scored, JavaRDD<Copy> pairCopies,
                                JavaPairRDD<String, Extracted> extracted) {
        JavaPairRDD<Tuple2<Long, Long>, Quotes.Candidate> chosen = scored.flatMap(p -> p.quotes().iterator())
                .groupBy(Quotes.Candidate::article, parts)
                .flatMap(t -> Quotes.chosen(t._2()).iterator())
                .mapToPair(c -> new Tuple2<>(pair(c.article(), c.of()), c));
        JavaPairRDD<Tuple2<Long, Long>, Boolean> related = pairCopies
                .mapToPair(c -> new Tuple2<>(pair(c.article(), c.of()), Boolean.TRUE));
        JavaPairRDD<String, Quotes.Candidate> unrelated = chosen.cogroup(related, parts)
                .flatMap(t -> t._2()._2().iterator().hasNext() ? Collections.emptyIterator()
                        : t._2()._1().iterator())
                .mapToPair(c -> new Tuple2<>(c.article(), c));
        JavaRDD<Copy> out = unrelated.join(extracted, byArticle)
                .mapToPair(t -> new Tuple2<>(t._2()._1().of(), new Tuple2<>(t._2()._1(), profile(t._2()._2()))))
                .join(extracted, byArticle)
                .map(t -> Quotes.quote(t._2()._1()._2(), profile(t._2()._2()), t._2()._1()._1().cosine()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        out.count();
        return out;
    }

    /** A pair of articles by number, either way round. */
    private static Tuple2<Long, Long> pair(String a, String b) {
        long x = EntityIds.number(a);
        long y = EntityIds.number(b);
        return new Tuple2<>(Math.min(x, y), Math.max(x, y));
    }

    /** The article's full profile, as far as a credit's restatements read it (sentences and their vectors). */
    private static ArticleProfile profile(Extracted x) {
        return EventCandidates.profile(x.article(), Set.of(), Set.of(), LookupEmbedder.of(x));
    }
}
