package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Annotates every article of a corpus, on several threads, with one shared {@link Annotator}, each within
 * its {@link Budgets} (see {@link BudgetedAnnotation}). Each article first gets its language
 * ({@link ArticleLanguage}), so the annotator can choose by it.
 */
public final class AnnotateStage implements CorpusStage {

    private final java.util.function.Supplier<Annotator> annotator;
    private final int threads;
    private final BudgetedAnnotation budgeted;

    /**
     * Creates the stage with the default {@link Budgets}.
     *
     * @param annotator supplies the annotator (called once, when the stage first runs, so models load lazily)
     * @param threads   worker threads; 1 annotates in the calling thread
     */
    public AnnotateStage(java.util.function.Supplier<Annotator> annotator, int threads) {
        this(annotator, threads, Budgets.DEFAULT);
    }

    /**
     * Creates the stage.
     *
     * @param annotator supplies the annotator (called once, when the stage first runs, so models load lazily)
     * @param threads   worker threads; 1 annotates in the calling thread
     * @param budgets   how much text of an article is annotated and how long that may take; an article over
     *                  a budget gets a warning, is annotated as far as the budget goes, and keeps its text
     */
    public AnnotateStage(java.util.function.Supplier<Annotator> annotator, int threads, Budgets budgets) {
        this(annotator, threads, new BudgetedAnnotation(budgets));
    }

    AnnotateStage(java.util.function.Supplier<Annotator> annotator, int threads, BudgetedAnnotation budgeted) {
        this.annotator = annotator;
        this.threads = Math.max(1, threads);
        this.budgeted = budgeted;
    }

    /**
     * One article as annotating leaves it.
     *
     * @param article    the article, with its language ({@link ArticleLanguage}) and a warning for each budget
     *                   it went over
     * @param annotation its annotation, or null when annotating failed (the failure is among the errors)
     * @param warnings   the budgets it went over, in the user's words; empty when none
     */
    public record Result(Article article, Annotation annotation, List<String> warnings) {

        /** Makes the list immutable. */
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Annotates one article as {@link #apply} annotates each: within the budgets, a failure reported under this
     * stage's name. A distributed run calls it next to the article, with the annotator of its machine.
     *
     * @param annotator the annotator
     * @param article   the article
     * @param errors    where a failure goes
     * @return the article with its language and warnings, and its annotation
     */
    public Result annotate(Annotator annotator, Article article, List<SourceError> errors) {
        Article known = ArticleLanguage.decide(article, LanguageIdentifier.shared());
        BudgetedAnnotation.Result done = Guard.perArticle(name(), known, errors,
                () -> budgeted.annotate(annotator, known), null);
        if (done == null) {
            return new Result(known, null, List.of());
        }
        Article warned = known;
        for (String warning : done.warnings()) {
            warned = warned.withWarning(warning);
        }
        return new Result(warned, done.annotation(), done.warnings());
    }

    @Override
    public String name() {
        return "annotating";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ARTICLES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ANNOTATIONS);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        List<Article> articles = corpus.articles();
        progress.begin(name(), articles.size());
        Annotator a = articles.isEmpty() ? null : annotator.get();
        Map<String, Annotation> out = new ConcurrentHashMap<>();
        Map<String, Article> done = new ConcurrentHashMap<>();
        List<SourceError> errors = java.util.Collections.synchronizedList(new ArrayList<>(corpus.errors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> jobs = articles.stream().<Future<?>>map(article -> pool.submit(() -> {
                Progress.Work working = progress.working(article.source());
                try {
                    Result result = annotate(a, article, errors);
                    if (result.annotation() != null) {
                        out.put(article.id(), result.annotation());
                    }
                    done.put(article.id(), result.article());
                    result.warnings().forEach(w -> progress.note(article.source() + ": " + w));
                } finally {
                    working.close();
                }
                progress.advance(1);
            })).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("annotation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation failed", e.getCause());
        } finally {
            pool.shutdownNow();
            progress.end();
        }
        List<Article> annotated = articles.stream().map(article -> done.getOrDefault(article.id(), article)).toList();
        return corpus.withArticles(annotated).withAnnotations(out).withErrors(new ArrayList<>(errors));
    }
}
