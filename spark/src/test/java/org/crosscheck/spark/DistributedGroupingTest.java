package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Comparator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.crosscheck.group.DocumentFrequencies;
import org.crosscheck.group.EventBlocks;
import org.crosscheck.group.GroupCard;
import org.crosscheck.group.GroupSettings;
import org.crosscheck.group.GroupStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The steps of grouping run distributed give what core gives on one machine, on made-up corpora. */
class DistributedGroupingTest {

    private static final JavaSparkContext JSC = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

    @Test
    void documentFrequenciesCountedByTermAreCoresTable() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Article> articles = SyntheticArticles.corpus(seed, 150 * (int) seed);
            DocumentFrequencies single = DocumentFrequencies.count(articles.stream()
                    .map(DocumentFrequencies::terms).toList());
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            DocumentFrequencies distributed = new DocumentFrequencyStep(3).frequencies(JSC.parallelize(shuffled, 5));
            assertThat(distributed).as("seed " + seed).isEqualTo(single);
            // the corpus has terms in one document, in one topic's documents and in most documents
            assertThat(single.documents()).isEqualTo(articles.size());
            assertThat(single.count("word1x0")).isEqualTo(1);
            assertThat(single.count("kerrin")).isBetween(2, articles.size() / 2);
            assertThat(single.count("many")).isEqualTo(articles.size());
        }
    }

    @Test
    void pairsScoredInParallelAndBlocksClusteredApartGiveCoresCopiesEventsStoriesAndSummaries() {
        List<Article> articles = SyntheticArticles.corpus(7, 120);
        Corpus core = new GroupStage(Models::embedder).apply(Corpus.of(articles, List.of()), Progress.NONE);
        List<Extracted> extracted = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            extracted.add(new Extracted(a, new Ordinal(i, 0), "h" + i, List.of(), List.of(),
                    Models.embedder().embed(GroupStage.embeddedSentences(a)), List.of()));
        }
        Collections.reverse(extracted);
        // in other partitions than the steps', so that every step's own shuffles are exercised
        JavaPairRDD<String, Extracted> input = JSC.parallelize(extracted, 3)
                .mapToPair(x -> new Tuple2<>(x.article().id(), x)).cache();
        ArticlePartitioner byArticle = new ArticlePartitioner(4);
        Broadcast<DocumentFrequencies> df = JSC.broadcast(new DocumentFrequencyStep(3)
                .frequencies(input.values().map(Extracted::article)));
        JavaPairRDD<Long, GroupCard> cards = new GroupCardStep(byArticle).cards(input, JSC.<Entity>emptyRDD(), df)
                .cache();
        JavaRDD<Copy> shingled = new CopyStep(3).copies(input.values().map(Extracted::article)).cache();
        JavaPairRDD<Long, GroupCard> scoring = cards.mapValues(GroupCard::forScoring).cache();
        JavaRDD<PairStep.Scored> scored = new PairStep(4, byArticle, GroupSettings.DEFAULT)
                .pairs(cards, scoring, shingled);
        JavaRDD<Copy> pairCopies = shingled.union(scored.filter(p -> p.rewrite() != null)
                .map(PairStep.Scored::rewrite));
        JavaRDD<Copy> quotes = new QuoteStep(3, byArticle).quotes(scored, pairCopies, input);
        JavaRDD<Copy> copies = pairCopies.union(quotes);
        EventStep.Grouped grouped = new EventStep(3, byArticle, GroupSettings.DEFAULT).group(scoring,
                scored.map(PairStep.Scored::link), copies);
        JavaRDD<Event> summarised = new SummaryStep(3, byArticle).summarise(grouped.events(), copies, input);
        List<Event> events = new ArrayList<>(summarised.collect());
        events.sort(Comparator.comparingLong(e -> EntityIds.number(e.id())));
        List<Story> stories = new ArrayList<>(grouped.stories().collect());
        stories.sort(Comparator.comparingLong(st -> EntityIds.number(st.id())));
        assertThat(copies.collect()).containsExactlyInAnyOrderElementsOf(core.copies());
        // events as core finds and summarises them
        assertThat(events).isEqualTo(core.events());
        assertThat(stories).isEqualTo(core.stories());
        // the corpus is not trivial: many stories (many blocks), large events, every kind of copy, summaries
        assertThat(stories).hasSizeGreaterThan(5);
        assertThat(events).anyMatch(e -> e.articles().size() > 10);
        assertThat(events).allMatch(e -> !e.summary().isEmpty());
        assertThat(core.copies()).extracting(Copy::relation).contains("wire", "quotes", "rewrite");
        // weak links (below the story threshold) join articles of different stories: the blocks are the components
        // of the binding links, and the weak links between blocks are dropped on both paths
        java.util.Map<String, String> storyOf = new java.util.HashMap<>();
        stories.forEach(st -> st.events().forEach(ev -> events.stream().filter(e -> e.id().equals(ev))
                .forEach(e -> e.articles().forEach(a -> storyOf.put(a, st.id())))));
        assertThat(scored.map(PairStep.Scored::link).collect()).anyMatch(l -> !EventBlocks.binds(l.score(),
                GroupSettings.DEFAULT) && !storyOf.get(l.a()).equals(storyOf.get(l.b())));
        assertThat(core.copies()).anyMatch(c -> "rewrite".equals(c.relation()) && articles.get((int) EntityIds
                .number(c.article()) - 1).text().contains("according to Agency"));
        List.of(cards, scoring, input).forEach(JavaPairRDD::unpersist);
        List.of(scored, shingled, quotes, summarised, grouped.events(), grouped.stories())
                .forEach(JavaRDD::unpersist);
    }
}
