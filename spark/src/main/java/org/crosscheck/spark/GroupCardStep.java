package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.crosscheck.group.ArticleProfile;
import org.crosscheck.group.DocumentFrequencies;
import org.crosscheck.group.EventCandidates;
import org.crosscheck.group.GroupCard;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import scala.Tuple2;

/**
 * Every article's {@link GroupCard}, made next to the article: the ids of the entities it mentions are shuffled to
 * the extracted articles' partitions ({@link ArticlePartitioner}; the articles and the entities' mentions stay where
 * they are), and core's {@link EventCandidates#profile} and {@link EventCandidates#card} make its profile, with the
 * sentence vectors computed at annotation, and its card, with the broadcast document frequencies. The cards keep
 * the articles' partitions, keyed by number. A task holds its articles only.
 */
public final class GroupCardStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final ArticlePartitioner byArticle;

    /**
     * Makes the step.
     *
     * @param byArticle how the extracted articles are partitioned (the cards are made in the same partitions)
     */
    public GroupCardStep(ArticlePartitioner byArticle) {
        this.byArticle = byArticle;
    }

    /**
     * Makes the cards.
     *
     * @param extracted   the extracted articles by id, with their sentence vectors; only the entity ids move when
     *                    they are partitioned by this step's partitioner
     * @param entities    the corpus's entities
     * @param frequencies the corpus's document frequencies
     * @return each article's card by its number in corpus order, partitioned as the articles are
     */
    public JavaPairRDD<Long, GroupCard> cards(JavaPairRDD<String, Extracted> extracted, JavaRDD<Entity> entities,
                                             Broadcast<DocumentFrequencies> frequencies) {
        JavaPairRDD<String, Tuple2<String, String>> mentioned = entities.flatMapToPair(e -> {
            Set<String> articles = new LinkedHashSet<>();
            for (Mention m : e.mentions()) {
                articles.add(m.article());
            }
            List<Tuple2<String, Tuple2<String, String>>> out = new ArrayList<>();
            articles.forEach(a -> out.add(new Tuple2<>(a, new Tuple2<>(e.id(), e.type()))));
            return out.iterator();
        });
        // keyed by number in the same partitions: the partitioner places an id and its number alike
        return extracted.cogroup(mentioned, byArticle).mapPartitionsToPair(rows -> {
            List<Tuple2<Long, GroupCard>> out = new ArrayList<>();
            DocumentFrequencies df = frequencies.value();
            rows.forEachRemaining(t -> card(t._2()._1(), t._2()._2(), df).forEachRemaining(out::add));
            return out.iterator();
        }, true);
    }

    private static Iterator<Tuple2<Long, GroupCard>> card(Iterable<Extracted> articles,
                                                         Iterable<Tuple2<String, String>> mentioned,
                                                         DocumentFrequencies df) {
        Iterator<Extracted> it = articles.iterator();
        if (!it.hasNext()) {
            return java.util.Collections.emptyIterator();
        }
        Extracted x = it.next();
        Set<String> entities = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (Tuple2<String, String> e : mentioned) {
            entities.add(e._1());
            if ("PERSON".equals(e._2())) {
                people.add(e._1());
            }
        }
        // the article's own vectors, as core embeds each article's sentences
        ArticleProfile profile = EventCandidates.profile(x.article(), entities, people, LookupEmbedder.of(x));
        return List.of(new Tuple2<>(EntityIds.number(x.article().id()),
                EventCandidates.card(profile, x.article(), df))).iterator();
    }
}
