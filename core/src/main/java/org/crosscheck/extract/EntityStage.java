package org.crosscheck.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Guard;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Finds people, organisations and places in every article and resolves them across the corpus. The two halves
 * are public ({@link #found}: one article's names; {@link #resolve}: all names of the corpus to entities) so
 * that a distributed run finds names next to each article and resolves them in one place, by this algorithm.
 */
public final class EntityStage implements CorpusStage {

    private final Duration budget;

    /** Creates the stage with the default time budget per article ({@link Budgets#DEFAULT_PER_ARTICLE}). */
    public EntityStage() {
        this(Budgets.DEFAULT_PER_ARTICLE);
    }

    /**
     * Creates the stage.
     *
     * @param budget the time one article may take; an article that takes longer stops there with a warning (what was found kept)
     */
    public EntityStage(Duration budget) {
        this.budget = budget;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ANNOTATIONS);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ENTITIES);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        Map<String, List<FoundMention>> found = new HashMap<>();
        List<String> order = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>(corpus.errors());
        List<Article> articles = new ArrayList<>();
        progress.begin(name(), corpus.articles().size());
        for (Article a : corpus.articles()) {
            Annotation annotation = corpus.annotations().get(a.id());
            Guard.Bounded<List<FoundMention>> names = annotation == null ? new Guard.Bounded<>(a, List.of(), null)
                    : find(a, annotation, errors);
            if (annotation != null) {
                found.put(a.id(), names.found());
                order.add(a.id());
            }
            articles.add(names.told(progress));
            progress.advance(1);
        }
        progress.end();
        return corpus.withArticles(articles).withEntities(resolve(found, order)).withErrors(errors);
    }

    /**
     * Finds the names of one article within the time budget: one that takes longer stops there, keeps the names
     * of the sentences looked at and gets a warning; a failure is reported under this stage's name.
     *
     * @param article    the article
     * @param annotation its annotation
     * @param errors     where a failure goes
     * @return the names in text order, not yet resolved, and the article (with its warning)
     */
    public Guard.Bounded<List<FoundMention>> find(Article article, Annotation annotation, List<SourceError> errors) {
        return Guard.untilDeadline(name(), article, errors, d -> MentionFinder.find(article, annotation, d),
                List.of(), budget, "name");
    }

    /**
     * Finds the names of one article as {@link #apply} does for each (for a distributed run, which keeps no
     * article warnings): a stop at the time budget is reported among the errors instead.
     *
     * @param article    the article
     * @param annotation its annotation
     * @param errors     where a failure or a stop at the budget goes
     * @return the names in text order, not yet resolved
     */
    public List<FoundMention> found(Article article, Annotation annotation, List<SourceError> errors) {
        Guard.Bounded<List<FoundMention>> names = find(article, annotation, errors);
        if (names.warning() != null) {
            synchronized (errors) {
                errors.add(new SourceError(article.source(), names.warning()));
            }
        }
        return names.found();
    }

    /**
     * Finds the names of one article.
     *
     * @param article    the article
     * @param annotation its annotation
     * @return the names in text order, not yet resolved
     */
    public static List<FoundMention> found(Article article, Annotation annotation) {
        return MentionFinder.find(article, annotation);
    }

    /**
     * Resolves the names of a corpus to entities, numbered {@code e1, e2, …} in the order met.
     *
     * @param byArticle    the names of each article, by article id
     * @param articleOrder the article ids in corpus order (the order decides ids and ties)
     * @return the entities
     */
    public static List<org.crosscheck.model.Entity> resolve(Map<String, List<FoundMention>> byArticle,
                                                           List<String> articleOrder) {
        return EntityResolver.resolve(byArticle, articleOrder);
    }
}
