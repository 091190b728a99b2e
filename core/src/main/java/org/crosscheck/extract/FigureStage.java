package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Guard;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Finds the figures of every article and gives each its claimant: the speaker of the (innermost)
 * statement that contains it, or null for the outlet's own narration.
 */
public final class FigureStage implements CorpusStage {

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
        for (Article a : corpus.articles()) {
            Annotation annotation = corpus.annotations().get(a.id());
            if (annotation == null) {
                continue;
            }
            List<Statement> statements = corpus.statements().stream().filter(s -> s.article().equals(a.id())).toList();
            FigureFinder finder = new FigureFinder(a.text(), a.language());
            for (Sentence s : annotation.sentences()) {
                for (FoundFigure f : Guard.perArticle(name(), a, errors, () -> finder.find(s), List.<FoundFigure>of())) {
                    Statement st = containing(statements, f);
                    figures.add(new Figure("f" + (figures.size() + 1), a.id(), f.start(), f.end(), f.kind(), f.value(),
                            f.low(), f.high(), f.hedge(), f.unit(), f.counted(), f.place(), f.time(),
                            st == null ? null : st.speaker(), st == null ? null : st.id()));
                }
            }
        }
        return corpus.withFigures(figures).withErrors(errors);
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
