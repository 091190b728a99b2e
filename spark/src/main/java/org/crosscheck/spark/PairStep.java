package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.group.EventBlocks;
import org.crosscheck.group.EventCandidates;
import org.crosscheck.group.GroupCard;
import org.crosscheck.group.GroupSettings;
import org.crosscheck.group.Quotes;
import org.crosscheck.model.Copy;
import scala.Tuple2;

/**
 * The candidate pairs of the article graph, scored in parallel, and the rewrites among them: each article's
 * number is shuffled to each of its link terms with whether it is indexed under the term, every term pairs its
 * articles by core's {@link EventCandidates#linked} (a term is in at most a hundred articles, so a task holds a
 * hundred numbers), a distinct keeps each pair once, and the pairs are joined to both articles' lighter cards
 * ({@link GroupCard#forScoring}: three sentence vectors), where core's {@link EventCandidates#score} scores them;
 * the rewrite candidates ({@link EventCandidates#rewriteCandidate}) are joined to both full cards, where
 * {@link EventCandidates#rewrite} judges them, the earlier article first as core does. These are the pairs, scores
 * and rewrites of core's inverted index ({@code TfIdf.pairs}); each pair also tells whether one of its articles
 * credits the other's outlet ({@link Quotes#candidates}), which {@link QuoteStep} makes quotes of. The cards stay in
 * their partitions ({@link ArticlePartitioner}): an earlier card goes once to each partition holding one of its
 * later partners, not once a pair.
 */
public final class PairStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int parts;
    private final ArticlePartitioner byArticle;
    private final GroupSettings settings;

    /**
     * Makes the step.
     *
     * @param parts     how many partitions the terms and pairs are shuffled into
     * @param byArticle how the cards are partitioned: a pair goes to its cards, the cards stay
     * @param settings  the weights of grouping
     */
    public PairStep(int parts, ArticlePartitioner byArticle, GroupSettings settings) {
        this.parts = parts;
        this.byArticle = byArticle;
        this.settings = settings;
    }

    /**
     * A scored candidate pair, the rewrite between its articles when it is one, and its credits.
     *
     * @param link    the pair's link in the article graph
     * @param rewrite the rewrite, or null
     * @param quotes  the pair's credits of one article's outlet by the other ({@link Quotes#candidates})
     */
    public record Scored(EventBlocks.Link link, Copy rewrite, List<Quotes.Candidate> quotes) implements Serializable {
    }

    /**
     * Scores the candidate pairs.
     *
     * @param cards         every article's full card by its number in corpus order
     * @param scoring       the same cards as scoring reads them ({@link GroupCard#forScoring})
     * @param shingleCopies the wire copies and duplicates ({@link CopyStep})
     * @return each candidate pair once, scored, persisted; the caller unpersists it
     * @throws IllegalArgumentException when the cards are not partitioned by the step's partitioner
     */
    public JavaRDD<Scored> pairs(JavaPairRDD<Long, GroupCard> cards, JavaPairRDD<Long, GroupCard> scoring,
                                 JavaRDD<Copy> shingleCopies) {
        if (!scoring.partitioner().isPresent() || !scoring.partitioner().get().equals(byArticle)
                || !cards.partitioner().isPresent() || !cards.partitioner().get().equals(byArticle)) {
            // the cards are read partition by partition beside what is sent to them (zipPartitions)
            throw new IllegalArgumentException("the cards must be partitioned by the step's ArticlePartitioner");
        }
        JavaPairRDD<Tuple2<Long, Long>, Boolean> candidates = scoring.flatMapToPair(c -> {
            List<Tuple2<String, Tuple2<Long, Boolean>>> out = new ArrayList<>();
            for (String term : c._2().linkTerms()) {
                out.add(new Tuple2<>(term, new Tuple2<>(c._1(), c._2().indexedUnder(term))));
            }
            return out.iterator();
        }).groupByKey(parts).flatMap(t -> paired(t._2())).distinct(parts)
                .mapToPair(p -> new Tuple2<>(p, Boolean.FALSE));
        JavaPairRDD<Tuple2<Long, Long>, Boolean> shingled = shingleCopies.mapToPair(c -> {
            long x = EntityIds.number(c.article());
            long y = EntityIds.number(c.of());
            return new Tuple2<>(new Tuple2<>(Math.min(x, y), Math.max(x, y)), Boolean.TRUE);
        });
        // a candidate pair knows whether it is a wire copy or duplicate already (no rewrite then)
        JavaPairRDD<Long, Tuple2<Long, Boolean>> byEarlier = candidates.cogroup(shingled, parts)
                .filter(t -> t._2()._1().iterator().hasNext())
                .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2()._2().iterator()
                        .hasNext())));
        GroupSettings s = settings;
        ArticlePartitioner places = byArticle;
        // scored with the lighter cards; only the rewrite candidates meet the full cards, to compare sentences.
        // Each earlier card goes once to each partition holding one of its later partners, with the partners
        // there (not once a pair), and meets them in that partition's own cards: the cards stay where they are
        JavaPairRDD<Integer, Tuple2<GroupCard, List<Tuple2<Long, Boolean>>>> sent = scoring.zipPartitions(
                byEarlier.partitionBy(byArticle), (local, partners) -> sent(local, partners, places))
                .mapToPair(t -> t).partitionBy(new PartitionNumber(byArticle.numPartitions()));
        JavaRDD<Tuple2<Scored, Tuple2<Long, Long>>> scored = scoring.zipPartitions(sent, (local, incoming) -> {
            Map<Long, GroupCard> here = new HashMap<>();
            local.forEachRemaining(t -> here.put(t._1(), t._2()));
            List<Tuple2<Scored, Tuple2<Long, Long>>> out = new ArrayList<>();
            incoming.forEachRemaining(t -> {
                GroupCard earlier = t._2()._1();
                for (Tuple2<Long, Boolean> partner : t._2()._2()) {
                    out.add(scored(earlier, here.get(partner._1()), partner._2(), s));
                }
            });
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Scored> rewrites = scored.filter(t -> t._2() != null)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._2()._2(), t._1())))
                .join(cards, byArticle)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._2(), t._2()._1()._2())))
                .join(cards, byArticle)
                .map(t -> new Scored(t._2()._1()._2().link(), EventCandidates.rewrite(t._2()._1()._1(), t._2()._2(),
                        false), t._2()._1()._2().quotes()));
        JavaRDD<Scored> out = scored.filter(t -> t._2() == null).map(Tuple2::_1).union(rewrites)
                .persist(StorageLevel.MEMORY_AND_DISK());
        out.count();
        scored.unpersist(false);
        return out;
    }

    /** Each local card with its later partners, once for each partition the partners are in. */
    private static Iterator<Tuple2<Integer, Tuple2<GroupCard, List<Tuple2<Long, Boolean>>>>> sent(
            Iterator<Tuple2<Long, GroupCard>> local, Iterator<Tuple2<Long, Tuple2<Long, Boolean>>> partners,
            ArticlePartitioner places) {
        Map<Long, Map<Integer, List<Tuple2<Long, Boolean>>>> byCard = new HashMap<>();
        partners.forEachRemaining(p -> byCard.computeIfAbsent(p._1(), k -> new TreeMap<>())
                .computeIfAbsent(places.getPartition(p._2()._1()), k -> new ArrayList<>()).add(p._2()));
        List<Tuple2<Integer, Tuple2<GroupCard, List<Tuple2<Long, Boolean>>>>> out = new ArrayList<>();
        local.forEachRemaining(c -> byCard.getOrDefault(c._1(), Map.of())
                .forEach((part, later) -> out.add(new Tuple2<>(part, new Tuple2<>(c._2(), later)))));
        return out.iterator();
    }

    /** One pair scored by core, with its credits, and its numbers when it is a rewrite candidate. */
    private static Tuple2<Scored, Tuple2<Long, Long>> scored(GroupCard earlier, GroupCard later, boolean shingled,
                                                              GroupSettings s) {
        long first = EntityIds.number(earlier.id());
        long second = EntityIds.number(later.id());
        boolean candidate = EventCandidates.rewriteCandidate(earlier, later, shingled);
        return new Tuple2<>(new Scored(new EventBlocks.Link(earlier.id(), later.id(),
                EventCandidates.score(earlier, later, s)), null, Quotes.candidates(earlier, first, later, second)),
                candidate ? new Tuple2<>(first, second) : null);
    }

    /** The candidate pairs of one term's articles, each as (earlier, later) by number. */
    private static Iterator<Tuple2<Long, Long>> paired(Iterable<Tuple2<Long, Boolean>> holders) {
        List<Tuple2<Long, Boolean>> list = new ArrayList<>();
        holders.forEach(list::add);
        list.sort(Comparator.comparingLong(Tuple2::_1));
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (int x = 0; x < list.size(); x++) {
            for (int y = x + 1; y < list.size(); y++) {
                if (!list.get(x)._1().equals(list.get(y)._1())
                        && EventCandidates.linked(list.get(x)._2(), list.get(y)._2())) {
                    out.add(new Tuple2<>(list.get(x)._1(), list.get(y)._1()));
                }
            }
        }
        return out.iterator();
    }
}
