package org.crosscheck.model;

import java.util.List;
import java.util.Map;

/**
 * Everything known about a set of articles at one point of the pipeline. Each corpus stage takes one
 * and returns a new one with its part filled in; nothing is changed in place.
 *
 * @param articles    the cleaned articles
 * @param annotations linguistic annotation by article id (not part of the dossier)
 * @param entities    resolved entities
 * @param statements  statements
 * @param figures     figures
 * @param copies      reuse relations
 * @param events      events
 * @param stories     stories
 * @param comparisons cross-source comparisons
 * @param errors      inputs that could not be read
 */
public record Corpus(List<Article> articles, Map<String, Annotation> annotations, List<Entity> entities,
                     List<Statement> statements, List<Figure> figures, List<Copy> copies, List<Event> events,
                     List<Story> stories, List<Comparison> comparisons, List<SourceError> errors) {

    /** Makes every collection immutable. */
    public Corpus {
        articles = List.copyOf(articles);
        annotations = Map.copyOf(annotations);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        figures = List.copyOf(figures);
        copies = List.copyOf(copies);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        comparisons = List.copyOf(comparisons);
        errors = List.copyOf(errors);
    }

    /**
     * Starts a corpus from cleaned articles and the errors met while reading them.
     *
     * @param articles the articles
     * @param errors   the inputs that failed
     * @return a corpus with nothing else filled in
     */
    public static Corpus of(List<Article> articles, List<SourceError> errors) {
        return new Corpus(articles, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), errors);
    }

    /** Returns a copy with these annotations. */
    public Corpus withAnnotations(Map<String, Annotation> value) {
        return new Corpus(articles, value, entities, statements, figures, copies, events, stories, comparisons, errors);
    }

    /** Returns a copy with these entities. */
    public Corpus withEntities(List<Entity> value) {
        return new Corpus(articles, annotations, value, statements, figures, copies, events, stories, comparisons,
                errors);
    }

    /** Returns a copy with these statements. */
    public Corpus withStatements(List<Statement> value) {
        return new Corpus(articles, annotations, entities, value, figures, copies, events, stories, comparisons,
                errors);
    }

    /** Returns a copy with these figures. */
    public Corpus withFigures(List<Figure> value) {
        return new Corpus(articles, annotations, entities, statements, value, copies, events, stories, comparisons,
                errors);
    }

    /** Returns a copy with these copy relations. */
    public Corpus withCopies(List<Copy> value) {
        return new Corpus(articles, annotations, entities, statements, figures, value, events, stories, comparisons,
                errors);
    }

    /** Returns a copy with these events. */
    public Corpus withEvents(List<Event> value) {
        return new Corpus(articles, annotations, entities, statements, figures, copies, value, stories, comparisons,
                errors);
    }

    /** Returns a copy with these stories. */
    public Corpus withStories(List<Story> value) {
        return new Corpus(articles, annotations, entities, statements, figures, copies, events, value, comparisons,
                errors);
    }

    /** Returns a copy with these comparisons. */
    public Corpus withComparisons(List<Comparison> value) {
        return new Corpus(articles, annotations, entities, statements, figures, copies, events, stories, value,
                errors);
    }

    /** Returns a copy with these articles (the same ones, changed; annotations stay keyed by id). */
    public Corpus withArticles(List<Article> value) {
        return new Corpus(value, annotations, entities, statements, figures, copies, events, stories, comparisons,
                errors);
    }

    /** Returns a copy with these errors. */
    public Corpus withErrors(List<SourceError> value) {
        return new Corpus(articles, annotations, entities, statements, figures, copies, events, stories, comparisons,
                value);
    }

    /**
     * Finds an article by id.
     *
     * @param id the article id
     * @return the article
     * @throws IllegalArgumentException when no article has that id
     */
    public Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + id));
    }
}
