package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.crosscheck.group.ArticleProfile;
import org.crosscheck.group.DocumentFrequencies;
import org.crosscheck.group.EventCandidates;
import org.crosscheck.group.GroupCard;
import org.crosscheck.group.GroupStage;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import scala.Tuple2;

/**
 * Every article's {@link GroupCard}, made next to the article: the ids of the entities it mentions are shuffled to
 * it (the entities' mentions stay behind), and core's {@link EventCandidates#profile} and
 * {@link EventCandidates#card} make its profile, with the sentence vectors computed at annotation, and its card,
 * with the broadcast document frequencies. A task holds its articles only.
 */
public final class GroupCardStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int parts;

    /**
     * Makes the step.
     *
     * @param parts how many partitions the cards are made in
     */
    public GroupCardStep(int parts) {
        this.parts = parts;
    }

    /**
     * Makes the cards.
     *
     * @param extracted   the extracted articles, with their sentence vectors
     * @param entities    the corpus's entities
     * @param frequencies the corpus's document frequencies
     * @return each article's card by its number in corpus order
     */
    public JavaPairRDD<Long, GroupCard> cards(JavaRDD<Extracted> extracted, JavaRDD<Entity> entities,
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
        return extracted.mapToPair(x -> new Tuple2<>(x.article().id(), x)).cogroup(mentioned, parts)
                .flatMapToPair(t -> card(t._2()._1(), t._2()._2(), frequencies.value()));
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
        Map<String, float[]> vectors = new HashMap<>();
        if (x.vectors() != null) {
            List<String> sentences = GroupStage.embeddedSentences(x.article());
            for (int i = 0; i < sentences.size() && i < x.vectors().size(); i++) {
                vectors.putIfAbsent(sentences.get(i), x.vectors().get(i));
            }
        }
        ArticleProfile profile = EventCandidates.profile(x.article(), entities, people, new LookupEmbedder(vectors));
        return List.of(new Tuple2<>(EntityIds.number(x.article().id()),
                EventCandidates.card(profile, x.article(), df))).iterator();
    }
}
