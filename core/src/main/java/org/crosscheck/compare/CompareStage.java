package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.group.Independence;
import org.crosscheck.model.Article;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Puts the figures and statements of a story's articles side by side: one comparison per quantity, made by
 * {@link QuantityAligner} from the figures' frames, with a verdict ({@link Verdicts}) and a note that says who
 * claims what ({@link Notes}); then one comparison per statement reported by several articles ({@link
 * StatementAligner}), and one per claim another party denies ({@link DisputeAligner}). A figure repeated by a
 * copy of another article is kept out of the verdict (a copy is not a corroboration), and so is a figure that
 * restates another in a second unit. Only figures and statements of one story are ever paired, so the stage is
 * run story by story ({@link #stories}, {@link #compare}) and the results numbered together ({@link #numbered});
 * a distributed run does the same with the stories spread out.
 */
public final class CompareStage implements CorpusStage {

    private final QuantityAligner aligner = new QuantityAligner(new FrameMatch(FrameLexicon.english()));

    @Override
    public String name() {
        return "comparing";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.FIGURES, Part.FRAMES, Part.STATEMENTS, Part.EVENTS, Part.STORIES, Part.COPIES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.COMPARISONS);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        List<RankedComparison> ranked = new ArrayList<>();
        for (StoryParts story : stories(corpus)) {
            ranked.addAll(compare(story));
        }
        return corpus.withComparisons(numbered(ranked));
    }

    /**
     * Splits a grouped corpus into its stories: every comparison pairs figures or statements of one story,
     * so comparing each story apart ({@link #compare}) and numbering the results together ({@link #numbered})
     * is comparing the corpus. An article in no event is in no story and is compared with nothing.
     *
     * @param corpus a corpus with its events, stories and copies
     * @return the stories, in the order of their first article
     */
    public static List<StoryParts> stories(Corpus corpus) {
        Map<String, String> eventOf = eventOfArticle(corpus);
        Map<String, String> sourceOf = Independence.sourceOf(corpus.articles(), corpus.copies());
        Map<String, String> storyOf = storyOf(corpus, eventOf);
        Map<String, Gathered> byStory = new LinkedHashMap<>();
        for (Article a : corpus.articles()) {
            String story = storyOf.get(a.id());
            if (story != null) {
                Gathered g = byStory.computeIfAbsent(story, k -> new Gathered());
                g.articles.add(a);
                g.eventOf.put(a.id(), eventOf.get(a.id()));
                g.sourceOf.put(a.id(), sourceOf.get(a.id()));
                g.storyOf.put(a.id(), story);
            }
        }
        for (int i = 0; i < corpus.statements().size(); i++) {
            Statement s = corpus.statements().get(i);
            Gathered g = byStory.get(storyOf.get(s.article()));
            if (g != null) {
                g.statements.add(s);
                g.statementPositions.add((long) i);
            }
        }
        for (int i = 0; i < corpus.figures().size(); i++) {
            Figure f = corpus.figures().get(i);
            Gathered g = byStory.get(storyOf.get(f.article()));
            if (g != null) {
                g.figures.add(f);
                g.figurePositions.add((long) i);
            }
        }
        List<StoryParts> out = new ArrayList<>();
        byStory.forEach((story, g) -> out.add(new StoryParts(story, g.articles, g.statements, g.statementPositions,
                g.figures, g.figurePositions, g.eventOf, g.sourceOf, g.storyOf)));
        return out;
    }

    /**
     * Compares one story: a comparison per quantity of its figures, then one per statement several of its
     * articles report, then one per claim another party denies.
     *
     * @param story the story
     * @return its comparisons, ranked among the corpus's
     */
    public List<RankedComparison> compare(StoryParts story) {
        Corpus corpus = Corpus.of(story.articles(), List.of()).withStatements(story.statements())
                .withFigures(story.figures());
        List<RankedComparison> out = new ArrayList<>();
        if (!story.figures().isEmpty()) {
            long first = story.figurePositions().get(0);
            // amounts in a second currency are compared at the rate the story's own restatements give
            Map<String, String> textOf = new HashMap<>();
            story.articles().forEach(a -> textOf.put(a.id(), a.text()));
            List<Figure> marked = WrittenPrecision.marked(story.figures(), textOf::get);
            List<Figure> priced = ExchangeRates.of(marked).priced(marked);
            List<List<Figure>> quantities = aligner.align(priced, story.eventOf(), story.articles());
            Map<String, Figure> extracted = new HashMap<>();
            story.figures().forEach(f -> extracted.put(f.id(), f));
            for (List<Figure> quantity : quantities) {
                int within = out.size();
                out.add(new RankedComparison(0, first, within,
                        comparison("c" + (within + 1), corpus, quantity, story.sourceOf(), extracted)));
            }
        }
        Map<String, Long> statementAt = new HashMap<>();
        for (int i = 0; i < story.statements().size(); i++) {
            statementAt.put(story.statements().get(i).id(), story.statementPositions().get(i));
        }
        List<Comparison> statements = new ArrayList<>();
        new StatementAligner().align(corpus, story.storyOf(), story.sourceOf(), statements);
        for (Comparison c : statements) {
            out.add(new RankedComparison(1, statementAt.get(c.statements().get(0)), 0, c));
        }
        List<Comparison> disputes = new ArrayList<>();
        new DisputeAligner().align(corpus, story.storyOf(), disputes);
        for (Comparison c : disputes) {
            out.add(new RankedComparison(2, statementAt.get(c.statements().get(0)), 0, c));
        }
        return out;
    }

    /**
     * Numbers the comparisons of every story as one corpus's: sorted by rank, {@code c1, c2, …}.
     *
     * @param ranked the comparisons of every story
     * @return the corpus's comparisons
     */
    public static List<Comparison> numbered(List<RankedComparison> ranked) {
        List<RankedComparison> sorted = new ArrayList<>(ranked);
        java.util.Collections.sort(sorted);
        List<Comparison> out = new ArrayList<>(sorted.size());
        for (RankedComparison r : sorted) {
            out.add(r.numbered(out.size() + 1));
        }
        return out;
    }

    /** A story's parts while they are gathered. */
    private static final class Gathered {
        private final List<Article> articles = new ArrayList<>();
        private final List<Statement> statements = new ArrayList<>();
        private final List<Long> statementPositions = new ArrayList<>();
        private final List<Figure> figures = new ArrayList<>();
        private final List<Long> figurePositions = new ArrayList<>();
        private final Map<String, String> eventOf = new HashMap<>();
        private final Map<String, String> sourceOf = new HashMap<>();
        private final Map<String, String> storyOf = new HashMap<>();
    }

    private static Comparison comparison(String id, Corpus corpus, List<Figure> members, Map<String, String> sourceOf,
                                         Map<String, Figure> extracted) {
        List<Figure> reports = members.stream().filter(f -> f.aliasOf() == null).toList();
        List<Figure> independent = independent(reports, sourceOf);
        long sources = independent.stream().map(f -> sourceOf.getOrDefault(f.article(), f.article())).distinct().count();
        List<String> dates = independent.stream().map(f -> corpus.article(f.article()).published()).toList();
        String verdict = Verdicts.judge(independent, dates, sources,
                reports.stream().map(Figure::article).distinct().count());
        Figure chosen = QuantityWords.representative(reports.isEmpty() ? members : reports);
        // the quantity is told by the figure as extracted, without the marks and rates only comparing reads
        Figure first = extracted.getOrDefault(chosen.id(), chosen);
        return new Comparison(id, QuantityWords.topic(first), first.kind(), members.stream().map(Figure::id).toList(),
                List.of(), verdict, Notes.forFigures(corpus, members, independent, verdict, sources),
                QuantityWords.quantity(first));
    }

    /** Figures without those whose article copies another member's article (same source, same value). */
    private static List<Figure> independent(List<Figure> figures, Map<String, String> sourceOf) {
        Map<String, Figure> bySourceAndValue = new LinkedHashMap<>();
        for (Figure f : figures) {
            String claimant = f.claimant() == null ? "" : f.claimant().text();
            String key = sourceOf.getOrDefault(f.article(), f.article()) + "|" + claimant + "|" + f.value() + "|"
                    + f.low() + "|" + f.high();
            bySourceAndValue.putIfAbsent(key, f);
        }
        return new ArrayList<>(bySourceAndValue.values());
    }

    private static Map<String, String> storyOf(Corpus corpus, Map<String, String> eventOf) {
        Map<String, String> storyOfEvent = new HashMap<>();
        for (Story s : corpus.stories()) {
            s.events().forEach(e -> storyOfEvent.put(e, s.id()));
        }
        Map<String, String> out = new HashMap<>();
        eventOf.forEach((article, event) -> out.put(article, storyOfEvent.getOrDefault(event, event)));
        return out;
    }

    private static Map<String, String> eventOfArticle(Corpus corpus) {
        Map<String, String> out = new HashMap<>();
        for (Event e : corpus.events()) {
            e.articles().forEach(a -> out.putIfAbsent(a, e.id()));
        }
        return out;
    }
}
