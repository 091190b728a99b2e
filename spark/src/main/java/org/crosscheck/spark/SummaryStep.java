package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.group.Summaries;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Event;
import scala.Tuple2;

/**
 * The events' summaries, event by event, by core's {@link Summaries}: an article's source is its component of
 * the copies but quotes ({@link Components}; core's {@code Independence.sourceOf} gives the same sets, and a
 * summary only tells sources apart), each article's place in its event and its source are shuffled to the
 * article's partition ({@link ArticlePartitioner}: the articles stay), where core's {@link Summaries#candidates}
 * gives its citable sentences with their vectors; these are shuffled by event, and {@link Summaries#summary}
 * summarises each event on an executor. A task holds the candidates of its events only.
 */
public final class SummaryStep implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Marks a source label made of a copy component, which no article id can equal. */
    private static final String COMPONENT = "#";
    private final int parts;
    private final ArticlePartitioner byArticle;

    /**
     * Makes the step.
     *
     * @param parts     how many partitions the events are summarised in
     * @param byArticle how the extracted articles are partitioned
     */
    public SummaryStep(int parts, ArticlePartitioner byArticle) {
        this.parts = parts;
        this.byArticle = byArticle;
    }

    /** An article's place in an event and its source. */
    private record Member(String event, int place, String source) implements Serializable {
    }

    /**
     * Summarises the events.
     *
     * @param events    the events, without summaries
     * @param copies    every copy relation (quotes are left out here, as core leaves them out of sources)
     * @param extracted the extracted articles by id, with their sentence vectors
     * @return the events with their summaries, persisted; the caller unpersists them
     */
    public JavaRDD<Event> summarise(JavaRDD<Event> events, JavaRDD<Copy> copies,
                                    JavaPairRDD<String, Extracted> extracted) {
        JavaPairRDD<Long, Long> sources = Components.of(copies.filter(c -> !"quotes".equals(c.relation()))
                .mapToPair(c -> new Tuple2<>(EntityIds.number(c.article()), EntityIds.number(c.of()))), parts);
        JavaPairRDD<Long, Tuple2<String, Member>> places = events.flatMapToPair(e -> {
            List<Tuple2<Long, Tuple2<String, Member>>> out = new ArrayList<>();
            for (int k = 0; k < e.articles().size(); k++) {
                String id = e.articles().get(k);
                out.add(new Tuple2<>(EntityIds.number(id), new Tuple2<>(id, new Member(e.id(), k, id))));
            }
            return out.iterator();
        });
        JavaPairRDD<String, Member> members = places.leftOuterJoin(sources, parts)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._2()._2().isPresent()
                        ? new Member(t._2()._1()._2().event(), t._2()._1()._2().place(), COMPONENT + t._2()._2().get())
                        : t._2()._1()._2()));
        JavaPairRDD<String, Tuple2<Integer, List<Summaries.Candidate>>> candidates = members
                .cogroup(extracted, byArticle).flatMapToPair(t -> {
                    List<Tuple2<String, Tuple2<Integer, List<Summaries.Candidate>>>> out = new ArrayList<>();
                    for (Extracted x : t._2()._2()) {
                        List<float[]> vectors = LookupEmbedder.embeddings(x);
                        for (Member m : t._2()._1()) {
                            out.add(new Tuple2<>(m.event(), new Tuple2<>(m.place(),
                                    Summaries.candidates(x.article(), vectors, m.source()))));
                        }
                    }
                    return out.iterator();
                });
        JavaPairRDD<String, List<CitedSentence>> summaries = candidates.groupByKey(parts).mapValues(own -> {
            List<Tuple2<Integer, List<Summaries.Candidate>>> byPlace = new ArrayList<>();
            own.forEach(byPlace::add);
            byPlace.sort(Comparator.comparingInt(Tuple2::_1));
            List<Summaries.Candidate> all = new ArrayList<>();
            byPlace.forEach(p -> all.addAll(p._2()));
            return Summaries.summary(all);
        });
        JavaRDD<Event> out = events.mapToPair(e -> new Tuple2<>(e.id(), e)).leftOuterJoin(summaries, parts)
                .map(t -> new Event(t._1(), t._2()._1().title(), t._2()._1().articles(),
                        t._2()._2().orElse(List.of())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        out.count();
        sources.unpersist(false);
        return out;
    }
}
