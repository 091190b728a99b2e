package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.group.Independence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Story;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Puts the figures and statements of a story's articles side by side: one comparison per quantity, made by
 * {@link QuantityAligner} from the figures' frames, with a verdict ({@link Verdicts}) and a note that says who
 * claims what ({@link Notes}); then one comparison per statement reported by several articles ({@link
 * StatementAligner}). A figure repeated by a copy of another article is kept out of the verdict (a copy is not
 * a corroboration), and so is a figure that restates another in a second unit.
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
        Map<String, String> eventOf = eventOfArticle(corpus);
        Map<String, String> sourceOf = Independence.sourceOf(corpus.articles(), corpus.copies());
        List<Comparison> out = new ArrayList<>();
        figures(corpus, storyOf(corpus, eventOf), eventOf, sourceOf, out);
        new StatementAligner().align(corpus, storyOf(corpus, eventOf), sourceOf, out);
        new DisputeAligner().align(corpus, storyOf(corpus, eventOf), out);
        return corpus.withComparisons(out);
    }

    private void figures(Corpus corpus, Map<String, String> storyOf, Map<String, String> eventOf,
                         Map<String, String> sourceOf, List<Comparison> out) {
        Map<String, List<Figure>> byStory = new LinkedHashMap<>();
        for (Figure f : corpus.figures()) {
            if (storyOf.containsKey(f.article())) {
                byStory.computeIfAbsent(storyOf.get(f.article()), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Figure> story : byStory.values()) {
            for (List<Figure> quantity : aligner.align(story, eventOf, id -> corpus.article(id).text())) {
                out.add(comparison("c" + (out.size() + 1), corpus, quantity, sourceOf));
            }
        }
    }

    private static Comparison comparison(String id, Corpus corpus, List<Figure> members, Map<String, String> sourceOf) {
        List<Figure> reports = members.stream().filter(f -> f.aliasOf() == null).toList();
        List<Figure> independent = independent(reports, sourceOf);
        long sources = independent.stream().map(f -> sourceOf.getOrDefault(f.article(), f.article())).distinct().count();
        List<String> dates = independent.stream().map(f -> corpus.article(f.article()).published()).toList();
        String verdict = Verdicts.judge(independent, dates, sources);
        Figure first = QuantityWords.representative(reports.isEmpty() ? members : reports);
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
