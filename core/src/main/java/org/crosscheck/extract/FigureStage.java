package org.crosscheck.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Deadline;
import org.crosscheck.pipeline.Guard;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Finds the figures of every article and gives each its claimant: the speaker of the (innermost)
 * statement that contains it, or null for the outlet's own narration.
 */
public final class FigureStage implements CorpusStage {

    private final Duration budget;

    /** Creates the stage with the default time budget per article ({@link Budgets#DEFAULT_PER_ARTICLE}). */
    public FigureStage() {
        this(Budgets.DEFAULT_PER_ARTICLE);
    }

    /**
     * Creates the stage.
     *
     * @param budget the time one article may take; an article that takes longer stops there with a warning (the
     *               figures found so far kept)
     */
    public FigureStage(Duration budget) {
        this.budget = budget;
    }

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ANNOTATIONS, Part.STATEMENTS);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.FIGURES);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        List<Figure> figures = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>(corpus.errors());
        Map<String, List<Statement>> statementsOf = corpus.statements().stream()
                .collect(Collectors.groupingBy(Statement::article));
        List<Article> articles = new ArrayList<>();
        progress.begin(name(), corpus.articles().size());
        for (Article a : corpus.articles()) {
            Annotation annotation = corpus.annotations().get(a.id());
            Guard.Bounded<List<FoundFigure>> found = annotation == null ? new Guard.Bounded<>(a, List.of(), null)
                    : Guard.untilDeadline(name(), a, errors, d -> find(a, annotation, errors, d), List.of(), budget,
                            "figure");
            List<Statement> statements = statementsOf.getOrDefault(a.id(), List.of());
            for (FoundFigure f : found.found()) {
                Statement st = containing(statements, f);
                figures.add(new Figure("f" + (figures.size() + 1), a.id(), f.start(), f.end(), f.kind(), f.value(),
                        f.low(), f.high(), f.hedge(), f.unit(), f.counted(), f.place(), f.time(),
                        st == null ? null : st.speaker(), st == null ? null : st.id()));
            }
            articles.add(found.told(progress));
            progress.advance(1);
        }
        progress.end();
        return corpus.withArticles(articles).withFigures(figures).withErrors(errors);
    }

    /** The figures of an article sentence by sentence until the deadline; a sentence that fails is reported. */
    private Deadline.Cut<List<FoundFigure>> find(Article a, Annotation annotation, List<SourceError> errors,
                                                 Deadline deadline) {
        FigureFinder finder = new FigureFinder(a.text(), a.language());
        List<Sentence> sentences = annotation.sentences();
        List<FoundFigure> found = new ArrayList<>();
        int done = 0;
        while (done < sentences.size() && !deadline.passed()) {
            Sentence s = sentences.get(done);
            found.addAll(Guard.perArticle(name(), a, errors, () -> finder.find(s), List.<FoundFigure>of()));
            done++;
        }
        return new Deadline.Cut<>(found, done, sentences.size());
    }

    private static Statement containing(List<Statement> statements, FoundFigure f) {
        Statement best = null;
        for (Statement s : statements) {
            if (s.start() <= f.start() && s.end() >= f.end() && (best == null || s.end() - s.start() < best.end() - best.start())) {
                best = s;
            }
        }
        return best;
    }
}
