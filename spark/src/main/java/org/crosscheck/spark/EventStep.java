package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.group.EventBlocks;
import org.crosscheck.group.GroupCard;
import org.crosscheck.group.GroupSettings;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;
import scala.Tuple2;

/**
 * Events and stories clustered block by block: the article graph's binding links (the scored candidate pairs at
 * the story threshold, {@link PairStep}, {@link EventBlocks#binds}, and the copies but quotes at 1.0) give its
 * connected components ({@link Components}), every card, link within a component and copy pair is shuffled to
 * its component, and each component is clustered on an executor by core's
 * {@link EventBlocks#stories}, which gives what clustering the whole graph gives its articles. A distributed sort
 * by each story's first article numbers the stories {@code st1…} and, story by story, their events {@code ev1…},
 * as core numbers them. A task holds one component's cards. An article without a binding link is a block of its own,
 * clustered in its card's partition without a shuffle ({@link ArticlePartitioner}).
 */
public final class EventStep implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A story's events are numbered by (story, place): the place takes the low bits of the sort key. */
    private static final int PLACE_BITS = 24;
    private final int parts;
    private final ArticlePartitioner byArticle;
    private final GroupSettings settings;

    /**
     * Makes the step.
     *
     * @param parts     how many partitions the blocks are shuffled into
     * @param byArticle how the cards are partitioned: each card learns its block where it is
     * @param settings  the weights and thresholds of grouping
     */
    public EventStep(int parts, ArticlePartitioner byArticle, GroupSettings settings) {
        this.parts = parts;
        this.byArticle = byArticle;
        this.settings = settings;
    }

    /**
     * The events and stories of a corpus.
     *
     * @param events  its events, numbered, without summaries
     * @param stories its stories, numbered
     */
    public record Grouped(JavaRDD<Event> events, JavaRDD<Story> stories) {
    }

    /**
     * Clusters the corpus.
     *
     * @param cards      every article's card by its number in corpus order ({@link GroupCard#forScoring} will do)
     * @param links      the scored candidate pairs
     * @param pairCopies the copy relations: wire copies, duplicates, rewrites (quotes are left out here)
     * @return the events and stories, persisted; the caller unpersists them
     */
    public Grouped group(JavaPairRDD<Long, GroupCard> cards, JavaRDD<EventBlocks.Link> links,
                         JavaRDD<Copy> pairCopies) {
        JavaRDD<EventBlocks.Link> all = links.union(pairCopies.filter(c -> !"quotes".equals(c.relation()))
                .map(c -> new EventBlocks.Link(c.article(), c.of(), 1.0)));
        GroupSettings s = settings;
        // blocks are the components of the binding links alone: the weak ones chain most of a corpus together
        JavaPairRDD<Long, Long> labels = Components.of(all.filter(l -> EventBlocks.binds(l.score(), s))
                .mapToPair(l -> new Tuple2<>(EntityIds.number(l.a()), EntityIds.number(l.b()))), parts);
        // the labels go to the cards; a card without one is an article without a binding link, a block of its own, which
        // is clustered where it is: only the linked cards are shuffled to their blocks
        JavaPairRDD<Long, Tuple2<GroupCard, Optional<Long>>> labelled =
                cards.leftOuterJoin(labels, byArticle);
        JavaPairRDD<Long, GroupCard> cardsByBlock = labelled.filter(t -> t._2()._2().isPresent())
                .mapToPair(t -> new Tuple2<>(t._2()._2().get(), t._2()._1()));
        // a link goes to its block when both its articles are in it (a binding link always is; a weak one between
        // two blocks, or to an article without a binding link, is dropped, as core drops it)
        JavaPairRDD<Long, EventBlocks.Link> linksByBlock = all.mapToPair(l -> new Tuple2<>(EntityIds.number(l.a()), l))
                .join(labels, parts).mapToPair(t -> new Tuple2<>(EntityIds.number(t._2()._1().b()), t._2()))
                .join(labels, parts).filter(t -> t._2()._1()._2().equals(t._2()._2()))
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()._1()));
        JavaPairRDD<Long, List<String>> copiesByBlock = pairCopies.filter(c -> !"quotes".equals(c.relation()))
                .mapToPair(c -> new Tuple2<>(EntityIds.number(c.article()), List.of(c.article(), c.of())))
                .join(labels, parts).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
        JavaRDD<EventBlocks.GroupedStory> stories = cardsByBlock.cogroup(linksByBlock, copiesByBlock, parts)
                .flatMap(t -> clustered(t._2()._1(), t._2()._2(), t._2()._3(), s))
                .union(labelled.filter(t -> !t._2()._2().isPresent())
                        .flatMap(t -> clustered(List.of(t._2()._1()), List.of(), List.of(), s)));
        JavaPairRDD<EventBlocks.GroupedStory, Long> numbered = stories.sortBy(EventBlocks.GroupedStory::first, true,
                parts).zipWithIndex().persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Tuple2<Long, Event>> events = numbered.flatMap(t -> {
            List<Tuple2<Long, EventBlocks.GroupedEvent>> out = new ArrayList<>();
            for (int k = 0; k < t._1().events().size(); k++) {
                out.add(new Tuple2<>(t._2() << PLACE_BITS | k, t._1().events().get(k)));
            }
            return out.iterator();
        }).sortBy(Tuple2::_1, true, parts).zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._1()._1() >>> PLACE_BITS,
                        new Tuple2<>(t._1()._1(), t._1()._2().event("ev" + (t._2() + 1)))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Story> numberedStories = numbered.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .cogroup(events, parts).map(t -> {
                    List<Tuple2<Long, Event>> own = new ArrayList<>();
                    t._2()._2().forEach(own::add);
                    own.sort(Comparator.comparingLong(Tuple2::_1));
                    EventBlocks.GroupedStory story = t._2()._1().iterator().next();
                    return story.story("st" + (t._1() + 1), own.stream().map(e -> e._2().id()).toList());
                }).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Event> numberedEvents = events.map(t -> t._2()._2()).persist(StorageLevel.MEMORY_AND_DISK());
        numberedStories.count();
        numberedEvents.count();
        numbered.unpersist(false);
        events.unpersist(false);
        return new Grouped(numberedEvents, numberedStories);
    }

    /** One block's stories, by core. */
    private static Iterator<EventBlocks.GroupedStory> clustered(Iterable<GroupCard> cards,
                                                              Iterable<EventBlocks.Link> links,
                                                              Iterable<List<String>> copies, GroupSettings settings) {
        List<GroupCard> members = new ArrayList<>();
        cards.forEach(members::add);
        members.sort(Comparator.comparingLong(c -> EntityIds.number(c.id())));
        List<EventBlocks.Link> own = new ArrayList<>();
        links.forEach(own::add);
        Set<List<String>> copyPairs = new HashSet<>();
        copies.forEach(copyPairs::add);
        return EventBlocks.stories(members.stream().map(GroupCard::profile).toList(),
                members.stream().map(c -> EntityIds.number(c.id())).toList(), own, copyPairs, settings).iterator();
    }
}
