package org.crosscheck.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
     * @param budget the time one article may take; an article that takes longer stops there with a warning (what was found kept)
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
        List<Article> articles = new ArrayList<>();
        progress.begin(name(), corpus.articles().size());
        for (Article a : corpus.articles()) {
            Annotation annotation = corpus.annotations().get(a.id());
            Guard.Bounded<List<FoundStatement>> found = annotation == null ? new Guard.Bounded<>(a, List.of(), null)
                    : Guard.untilDeadline(name(), a, errors, d -> new StatementFinder(a, annotation, entities).find(d),
                            List.of(), budget, "statement");
            Map<FoundStatement, String> ids = new IdentityHashMap<>();
            for (FoundStatement f : found.found()) {
                String id = "s" + (statements.size() + 1);
                ids.put(f, id);
                statements.add(new Statement(id, a.id(), f.start(), f.end(), f.mode(),
                        f.speaker() == null ? null : new Speaker(f.speaker().entity(), f.speaker().text()), f.cue(),
                        content(a.text(), f), f.parts(), f.cueClass(), f.from() == null ? null : ids.get(f.from())));
            }
            articles.add(found.told(progress));
            progress.advance(1);
        }
        progress.end();
        return corpus.withArticles(articles).withStatements(statements).withErrors(errors);
    }

    /** The parts' text, joined by " … " when there are several. */
    private static String content(String text, FoundStatement f) {
        return String.join(" … ", f.parts().stream().map(p -> text.substring(p.start(), p.end()).strip()).toList());
    }
}
