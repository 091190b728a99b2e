package org.crosscheck.spark;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.crosscheck.group.DocumentFrequencies;
import org.crosscheck.group.GroupCard;
import org.crosscheck.group.GroupSettings;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * Grouping as distributed steps, in core's order: wire copies and duplicates by band ({@link CopyStep}), document
 * frequencies by term ({@link DocumentFrequencyStep}), cards ({@link GroupCardStep}), pairs scored and rewrites
 * ({@link PairStep}), quotes ({@link QuoteStep}), events and stories by block ({@link EventStep}), summaries by
 * event ({@link SummaryStep}). Each step's Spark stages are named after it ({@link StageMetrics}). The job and the
 * grouping benchmark run these same steps.
 */
final class GroupingSteps {

    private final JavaSparkContext jsc;
    private final int parts;
    private final ArticlePartitioner byArticle;

    /**
     * Makes the steps.
     *
     * @param jsc       the context
     * @param parts     how many partitions the shuffles use
     * @param byArticle how the extracted articles are partitioned
     */
    GroupingSteps(JavaSparkContext jsc, int parts, ArticlePartitioner byArticle) {
        this.jsc = jsc;
        this.parts = parts;
        this.byArticle = byArticle;
    }

    /**
     * What grouping found.
     *
     * @param copies  every copy relation, quotes too
     * @param events  the events, with their summaries
     * @param stories the stories
     */
    record Grouping(JavaRDD<Copy> copies, JavaRDD<Event> events, JavaRDD<Story> stories) {
    }

    /**
     * Groups the corpus.
     *
     * @param extracted the extracted articles by id, partitioned by this grouping's partitioner, persisted
     * @param entities  the corpus's entities
     * @param cached    collects what is persisted here, for the caller to unpersist when done
     * @return the copies, events and stories, persisted
     */
    Grouping group(JavaPairRDD<String, Extracted> extracted, JavaRDD<Entity> entities, List<Runnable> cached) {
        JavaRDD<Extracted> values = extracted.values();
        jsc.setCallSite("copies by band");
        JavaRDD<Copy> copies = new CopyStep(parts).copies(values.map(Extracted::article))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(copies::unpersist);
        jsc.setCallSite("document frequencies");
        Broadcast<DocumentFrequencies> frequencies = jsc.broadcast(new DocumentFrequencyStep(parts)
                .frequencies(values.map(Extracted::article)));
        cached.add(() -> frequencies.destroy());
        jsc.setCallSite("group cards");
        JavaPairRDD<Long, GroupCard> cards = new GroupCardStep(byArticle).cards(extracted, entities, frequencies)
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(cards::unpersist);
        JavaPairRDD<Long, GroupCard> scoring = cards.mapValues(GroupCard::forScoring)
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(scoring::unpersist);
        // the settings core's pipeline groups with (Crosscheck.corpusStages)
        jsc.setCallSite("pairs scored");
        JavaRDD<PairStep.Scored> scored = new PairStep(parts, byArticle, GroupSettings.DEFAULT)
                .pairs(cards, scoring, copies);
        cached.add(scored::unpersist);
        JavaRDD<Copy> pairCopies = copies.union(scored.filter(p -> p.rewrite() != null).map(PairStep.Scored::rewrite));
        // quotes before events, as core finds them: a credited rewrite is a copy, and copies link events
        jsc.setCallSite("quotes by crediting article");
        JavaRDD<Copy> quotes = new QuoteStep(parts, byArticle).quotes(scored, pairCopies, extracted);
        cached.add(quotes::unpersist);
        JavaRDD<Copy> all = pairCopies.union(quotes);
        jsc.setCallSite("events, stories by block");
        EventStep.Grouped grouped = new EventStep(parts, byArticle, GroupSettings.DEFAULT)
                .group(scoring, scored.map(PairStep.Scored::link), all);
        cached.add(grouped.events()::unpersist);
        cached.add(grouped.stories()::unpersist);
        jsc.setCallSite("summaries by event");
        JavaRDD<Event> summarised = new SummaryStep(parts, byArticle).summarise(grouped.events(), all, extracted);
        cached.add(summarised::unpersist);
        return new Grouping(all, summarised, grouped.stories());
    }
}
