package org.crosscheck.extract.frame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.Deadline;
import org.crosscheck.pipeline.Guard;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Gives every figure its frame (what it measures, where and when it holds) and marks the figures that
 * restate another in a second unit. Works article by article: the frame depends only on the figure's
 * sentence and its article's date. English (and an article of no known language) is framed by {@link FrameFinder};
 * a language with frame words of its own ({@link WordFrames}) by {@link WordFrameFinder}.
 */
public final class FrameStage implements CorpusStage {

    private final FrameLexicon lexicon = FrameLexicon.english();
    private final Duration budget;

    /** Creates the stage with the default time budget per article ({@link Budgets#DEFAULT_PER_ARTICLE}). */
    public FrameStage() {
        this(Budgets.DEFAULT_PER_ARTICLE);
    }

    /**
     * Creates the stage.
     *
     * @param budget the time one article's figures may take; an article that takes longer stops there with a
     *               warning (the figures framed so far kept, the rest compared by kind and unit only)
     */
    public FrameStage(Duration budget) {
        this.budget = budget;
    }

    @Override
    public String name() {
        return "frames";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ANNOTATIONS, Part.ENTITIES, Part.FIGURES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.FRAMES);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        FrameFinder finder = new FrameFinder(lexicon);
        UnitAliases aliases = new UnitAliases(lexicon);
        Map<String, List<Figure>> byArticle = corpus.figures().stream()
                .collect(Collectors.groupingBy(Figure::article, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<String, Map<Integer, String>> entities = entitiesByStart(corpus.entities());
        List<SourceError> errors = new ArrayList<>(corpus.errors());
        Map<String, Figure> framed = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        progress.begin(name(), corpus.articles().size());
        for (Article a : corpus.articles()) {
            List<Figure> figures = byArticle.getOrDefault(a.id(), List.of());
            Annotation annotation = corpus.annotations().get(a.id());
            progress.advance(1);
            if (figures.isEmpty() || annotation == null) {
                articles.add(a);
                continue;
            }
            FrameFinder.Context context = new FrameFinder.Context(a.text(), a.published(), year(a),
                    entities.getOrDefault(a.id(), Map.of()));
            // a language read without a parse gets its frames from its own words, routed by the article's language
            WordFrameFinder foreign = WordFrames.of(a.language())
                    .map(w -> new WordFrameFinder(w, lexicon)).orElse(null);
            Guard.Bounded<List<Figure>> done = Guard.untilDeadline(name(), a, errors,
                    d -> frameAll(finder, foreign, aliases, figures, annotation, context, d), figures, budget,
                    "frame");
            done.found().forEach(f -> framed.put(f.id(), f));
            articles.add(done.told(progress));
        }
        progress.end();
        List<Figure> out = corpus.figures().stream().map(f -> framed.getOrDefault(f.id(), f)).toList();
        return corpus.withArticles(articles).withFigures(out).withErrors(errors);
    }

    /** Frames an article's figures in text order until the deadline; the figures not reached keep no frame. */
    private static Deadline.Cut<List<Figure>> frameAll(FrameFinder finder, WordFrameFinder foreign,
                                                       UnitAliases aliases, List<Figure> figures,
                                                       Annotation annotation, FrameFinder.Context context,
                                                       Deadline deadline) {
        List<Figure> framed = new ArrayList<>();
        Sentence previousSentence = null;
        List<Sentence> sentences = annotation.sentences();
        for (Figure f : figures) {
            if (deadline.passed()) {
                break;
            }
            int at = sentenceAt(sentences, f.start());
            Sentence s = at < 0 ? null : sentences.get(at);
            Figure done = s == null ? f : foreign != null ? foreign.frame(f, s, figures, context)
                    : finder.frame(f, s, at > 0 ? sentences.get(at - 1) : null, context);
            if (s != null && s == previousSentence) {
                Figure previous = framed.get(framed.size() - 1);
                done = Ellipsis.contrasted(previous, Ellipsis.inherit(previous, done), finder.lexicon());
            }
            ClaimWords.Found words = s == null ? ClaimWords.Found.NONE : finder.claimWords(f, s, context);
            if (words.restates()) {
                done = restated(done, words.owner(), framed, at > 0 ? sentences.get(at - 1).start() : 0);
            }
            if (done.claimant() == null && words.estimator() != null) {
                done = done.withClaimant(words.estimator());
            }
            framed.add(done);
            previousSentence = s;
        }
        int reached = framed.size();
        Map<String, String> aliasOf = new HashMap<>(BackReferences.find(framed, context.text()));
        aliasOf.putAll(aliases.find(framed, context.text()));
        List<Figure> out = new ArrayList<>(framed.stream().map(f -> aliasOf.containsKey(f.id())
                ? f.withFrame(f.measure(), f.scope(), aliasOf.get(f.id())) : f).toList());
        out.addAll(figures.subList(reached, figures.size()));
        return new Deadline.Cut<>(out, reached, figures.size(), "figures");
    }

    /**
     * A figure given as the value of a figure noun: its owner ("the government's figure") claims it, and it
     * restates the count told just before it, in its sentence or the one before (from offset {@code since}).
     */
    private static Figure restated(Figure figure, Speaker owner, List<Figure> before, int since) {
        Figure claimed = owner == null ? figure : figure.withClaimant(owner);
        Figure previous = before.isEmpty() ? null : before.get(before.size() - 1);
        return previous == null || previous.start() < since ? claimed : Ellipsis.restated(previous, claimed);
    }

    /** The index of the sentence holding an offset (sentences are in text order), or -1. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The article's year: its publication year, or null when it states no date. */
    static String year(Article a) {
        return a.published() != null && a.published().matches("\\d{4}.*") ? a.published().substring(0, 4) : null;
    }

    private static Map<String, Map<Integer, String>> entitiesByStart(List<Entity> entities) {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                out.computeIfAbsent(m.article(), k -> new HashMap<>()).putIfAbsent(m.start(), e.id());
            }
        }
        return out;
    }
}
