package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Stage "group": builds each article's profile once (words, shingles, entities, sentence embeddings),
 * then finds copies ({@link CopyFinder}), events and stories ({@link EventFinder}) and each event's cited
 * extractive summary ({@link Summaries}), which needs the same sentence embeddings. Uses entities when an
 * earlier stage provided them.
 */
public final class GroupStage implements CorpusStage {

    private final Supplier<Embedder> embedder;
    private final GroupSettings settings;
    /** The wire copies and duplicates when found before the stage (a distributed run), else null. */
    private final List<Copy> shingleCopies;

    /**
     * Creates the stage.
     *
     * @param embedder supplies the sentence embedder (called once, when the stage runs)
     * @param settings weights and thresholds of grouping
     */
    public GroupStage(Supplier<Embedder> embedder, GroupSettings settings) {
        this(embedder, settings, null);
    }

    private GroupStage(Supplier<Embedder> embedder, GroupSettings settings, List<Copy> shingleCopies) {
        this.embedder = embedder;
        this.settings = settings;
        this.shingleCopies = shingleCopies == null ? null : List.copyOf(shingleCopies);
    }

    /**
     * Returns this stage with the wire copies and duplicates found already ({@link CopyCandidates}, e.g. by
     * MinHash band on a cluster), so that it finds only the rest of the copy relations.
     *
     * @param copies the copies {@link CopyCandidates} gives for this corpus, in any order
     * @return the stage
     */
    public GroupStage withShingleCopies(List<Copy> copies) {
        return new GroupStage(embedder, settings, copies);
    }

    /**
     * Creates the stage with the default settings.
     *
     * @param embedder supplies the sentence embedder
     */
    public GroupStage(Supplier<Embedder> embedder) {
        this(embedder, GroupSettings.DEFAULT);
    }

    /**
     * Returns the sentences of an article that grouping embeds (its title and first sentences), so that a
     * distributed run can embed them next to the article and hand grouping an {@link Embedder} that looks the
     * vectors up.
     *
     * @param article the article as grouping will see it
     * @return the sentences passed to {@link Embedder#embed}, in order
     */
    public static List<String> embeddedSentences(org.crosscheck.model.Article article) {
        return Profiles.embedded(Profiles.sentences(article));
    }

    @Override
    public String name() {
        return "grouping";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ARTICLES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.COPIES, Part.EVENTS, Part.STORIES, Part.SUMMARIES);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        if (corpus.articles().isEmpty()) {
            return corpus.withCopies(List.of()).withEvents(List.of()).withStories(List.of());
        }
        Map<String, ArticleProfile> byId = Profiles.of(corpus, embedder.get(), progress);
        List<ArticleProfile> profiles = new ArrayList<>(byId.values());
        List<Copy> copies = shingleCopies == null ? CopyFinder.find(corpus, profiles)
                : CopyFinder.find(corpus, profiles, shingleCopies);
        Corpus grouped = EventFinder.find(corpus.withCopies(copies), profiles, copies, settings);
        return grouped.withEvents(Summaries.summarise(grouped, grouped.events(), byId, copies));
    }
}
