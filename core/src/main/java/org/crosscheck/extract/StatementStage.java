package org.crosscheck.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Guard;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/** Finds direct quotes and reported speech with their speakers in every article. */
public final class StatementStage implements CorpusStage {

    private final Duration budget;

    /** Creates the stage with the default time budget per article ({@link Budgets#DEFAULT_PER_ARTICLE}). */
    public StatementStage() {
        this(Budgets.DEFAULT_PER_ARTICLE);
    }

    /**
     * Creates the stage.
     *
     * @param budget the time one article may take; an article that takes longer is reported (its results kept)
     */
    public StatementStage(Duration budget) {
        this.budget = budget;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ANNOTATIONS, Part.ENTITIES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.STATEMENTS);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        EntityIndex entities = new EntityIndex(corpus.entities());
        List<Statement> statements = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>(corpus.errors());
        for (Article a : corpus.articles()) {
            Annotation annotation = corpus.annotations().get(a.id());
            if (annotation == null) {
                continue;
            }
            List<FoundStatement> found = Guard.perArticle(name(), a, errors,
                    () -> new StatementFinder(a, annotation, entities).find(), List.of(), budget);
            for (FoundStatement f : found) {
                statements.add(new Statement("s" + (statements.size() + 1), a.id(), f.start(), f.end(), f.mode(),
                        f.speaker() == null ? null : new Speaker(f.speaker().entity(), f.speaker().text()), f.cue(),
                        content(a.text(), f), f.parts(), f.cueClass()));
            }
        }
        return corpus.withStatements(statements).withErrors(errors);
    }

    /** The parts' text, joined by " … " when there are several. */
    private static String content(String text, FoundStatement f) {
        return String.join(" … ", f.parts().stream().map(p -> text.substring(p.start(), p.end()).strip()).toList());
    }
}
