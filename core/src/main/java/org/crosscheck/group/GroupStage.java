package org.crosscheck.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;
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
    /** The corpus's document frequencies when counted before the stage (a distributed run), else null. */
    private final DocumentFrequencies frequencies;
    /** The copies, events and stories when found before the stage (a distributed run), else null. */
    private final Found found;

    /** What a distributed run found before the stage: every copy relation, the summarised events, the stories. */
    private record Found(List<Copy> copies, List<Event> events, List<Story> stories) {
    }

    /**
     * Creates the stage.
     *
     * @param embedder supplies the sentence embedder (called once, when the stage runs)
     * @param settings weights and thresholds of grouping
     */
    public GroupStage(Supplier<Embedder> embedder, GroupSettings settings) {
        this(embedder, settings, null, null, null);
    }

    private GroupStage(Supplier<Embedder> embedder, GroupSettings settings, List<Copy> shingleCopies,
                       DocumentFrequencies frequencies, Found found) {
        this.embedder = embedder;
        this.settings = settings;
        this.shingleCopies = shingleCopies == null ? null : List.copyOf(shingleCopies);
        this.frequencies = frequencies;
        this.found = found;
    }

    /**
     * Returns this stage with the wire copies and duplicates found already ({@link CopyCandidates}, e.g. by
     * MinHash band on a cluster), so that it finds only the rest of the copy relations.
     *
     * @param copies the copies {@link CopyCandidates} gives for this corpus, in any order
     * @return the stage
     */
    public GroupStage withShingleCopies(List<Copy> copies) {
        return new GroupStage(embedder, settings, copies, frequencies, found);
    }

    /**
     * Returns this stage with the corpus's document frequencies counted already (e.g. by term on a cluster),
     * so that it weighs the terms of the whole corpus without counting them itself.
     *
     * @param df the table of the corpus's articles' {@link DocumentFrequencies#terms}, one document each
     * @return the stage
     */
    public GroupStage withDocumentFrequencies(DocumentFrequencies df) {
        return new GroupStage(embedder, settings, shingleCopies, df, found);
    }

    /**
     * Returns this stage with everything it finds found already (pair by pair, block by block and event by event
     * on a cluster: {@link EventCandidates}, {@link Quotes}, {@link EventBlocks}, {@link Summaries}), so that it
     * only puts them in the corpus.
     *
     * @param copies  every copy relation of this corpus, quotes too, in any order
     * @param events  its events, numbered as {@link EventBlocks} are in corpus order, with their summaries
     * @param stories its stories
     * @return the stage
     */
    public GroupStage withFound(List<Copy> copies, List<Event> events, List<Story> stories) {
        return new GroupStage(embedder, settings, shingleCopies, frequencies,
                new Found(List.copyOf(copies), List.copyOf(events), List.copyOf(stories)));
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
        if (found != null) {
            List<Copy> copies = new ArrayList<>(found.copies());
            copies.sort(CopyFinder.ORDER);
            return corpus.withCopies(copies).withEvents(found.events()).withStories(found.stories());
        }
        // the vectors past each lead's wait in a file: on the heap they would be most of a large corpus's profiles
        try (VectorFile spill = VectorFile.temporary()) {
            return group(corpus, progress, spill);
        }
    }

    /**
     * Groups a corpus on one machine.
     *
     * @param corpus   the corpus, with articles
     * @param progress progress listener
     * @param spill    where the profiles' vectors past each lead are kept, or null to keep them on the heap
     * @return the corpus with copies, events (summarised) and stories
     */
    Corpus group(Corpus corpus, Progress progress, VectorFile spill) {
        Map<String, ArticleProfile> byId = Profiles.of(corpus, embedder, progress, spill);
        List<ArticleProfile> profiles = new ArrayList<>(byId.values());
        DocumentFrequencies df = frequencies != null ? frequencies
                : DocumentFrequencies.count(profiles.stream().map(p -> p.terms().keySet()).toList());
        List<Copy> copies = CopyFinder.find(corpus, profiles, shingleCopies != null ? shingleCopies
                : CopyCandidates.find(corpus.articles().stream().map(CopyCandidates::card).toList()), df);
        Corpus grouped = EventFinder.find(corpus.withCopies(copies), profiles, copies, df, settings);
        return grouped.withEvents(Summaries.summarise(grouped, grouped.events(), byId, copies));
    }
}
